#pragma once

#include "DeviceType.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace spdc {

// The settings facade: one table of keys, four layers, resolved
//   policy > user > installer defaults > built-in.
//
// Layers (the default constructor; `spdc-cli settings` prints the actual locations):
//   policy    Linux: /etc/xdg/spdc/policy.conf   Windows: HKLM\Software\Policies\spdc\spdc
//   user      Linux: ~/.config/spdc/spdc.conf    Windows: HKCU\Software\spdc\spdc
//             (group [settings]: the same file holds the account index)
//   defaults  Linux: /etc/xdg/spdc/spdc.conf     Windows: HKLM\Software\spdc\spdc
//
// A key set in the policy layer is locked: the user layer is skipped and the user may not
// change it. A key can also be locked at its default with an explicit flag `locked/<key>=true`
// in the defaults or policy layer (what the MSI's LOCK* properties write). A value that fails
// validation is ignored with a warning and the next lower layer decides; a lock stays a lock
// even when the policy value itself is invalid. server/url and server/operator are one choice
// ("which server"): they are resolved from the same layer and locked together.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    enum class Key {
        ServerUrl,          // server/url: an https URL; empty = derive it from the operator
        ServerOperator,     // server/operator: MCC+MNC, e.g. 23415
        AllowCustomServer,  // server/allowCustom: may the user type a server URL
        ExtraCaFile,        // tls/extraCaFile: PEM CA(s) trusted in addition to the system roots
        DeviceType,         // device/type: PC, Tablet or Other
        FriendlyName,       // device/friendlyName: empty = the computer's host name
        AllowAddAccounts,   // accounts/allowAdd: may the user link more accounts
    };
    // Ordered from weakest to strongest.
    enum class Source { BuiltIn, InstallerDefault, User, Policy };

    struct KeyInfo
    {
        Key key;
        QString name;       // as written in files and the registry: "device/type"
        QVariant builtIn;   // QString or bool
        bool lockable;
        QString group;      // keys of one group come from the same layer and lock together
    };

    // The platform's layers.
    Settings();
    // Explicit INI files (tests, tools). An empty path means "no such layer". User values are
    // read from and written to the [settings] group of userFile, as in the platform layout.
    Settings(const QString &policyFile, const QString &userFile, const QString &defaultsFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static const QList<KeyInfo> &keys();
    static const KeyInfo &info(Key key);
    static std::optional<Key> keyFromName(const QString &name);
    // "policy", "user", "default", "built-in": the words of `spdc-cli settings`.
    static QString sourceName(Source source);

    // The effective value: a QString (bool for the two allow* keys), never invalid.
    QVariant value(Key key) const;
    Source source(Key key) const;
    // True when the user may not change the key: set by policy, locked by a flag, or (for
    // server/url) custom servers are not allowed. The UI shows it disabled and labelled
    // "Managed by your organisation".
    bool isLocked(Key key) const;

    // Both front ends decide the server with these two, so that they agree.
    // The organisation chose the server (URL or operator) and locked that choice: neither the
    // operator picker nor a typed URL may change it. server/allowCustom=false alone does not
    // lock the choice: choosing an operator stays possible.
    bool isServerChoiceLocked() const;
    // May the user use `asked` as the configuration server? `custom` for a typed URL (--server,
    // "Other server"), false for the server of a chosen operator. Refused (InvalidInput, with a
    // sentence for the user) when custom servers are not allowed, or when the choice is locked
    // to another server.
    [[nodiscard]] Status checkServerChoice(const QUrl &asked, bool custom) const;
    // The CAs trusted in addition to the system roots: `given` (--ca-file) when there is one,
    // else the certificates of tls/extraCaFile. Refused when `given` would replace a locked
    // tls/extraCaFile; an unreadable managed file is an error, never skipped.
    [[nodiscard]] Result<QList<QSslCertificate>>
    extraCa(const std::optional<QList<QSslCertificate>> &given) const;

    // Refused (InvalidInput) for a locked key or an invalid value; nothing is written then.
    [[nodiscard]] Status setUserValue(Key key, const QVariant &value);
    // Removes the user's own value (allowed for locked keys too: it changes nothing visible).
    void resetUserValue(Key key);
    // Flushes the user layer; false when it cannot be written.
    [[nodiscard]] bool sync();

    // Where a layer lives: a file path or a registry key; empty when there is no such layer.
    QString location(Source source) const;
    // Rejected values, unknown keys and bad lock flags in every layer, one sentence each.
    // Each is otherwise logged (category spdc.settings) once, when a value is first resolved;
    // problems returned here are not logged again.
    QStringList problems() const;

    // Typed access.
    QString serverUrl() const;
    QString operatorCode() const;
    // The configuration server: server/url, else derived from server/operator, else none.
    std::optional<QUrl> server() const;
    bool allowCustomServer() const;
    QString extraCaFile() const;
    spdc::DeviceType deviceType() const;
    QString friendlyName() const;
    // friendlyName(), or the host name (cut to the spec's 30 characters) when that is empty.
    QString effectiveFriendlyName() const;
    bool allowAddAccounts() const;

    // Checks and normalises a value for a key; used for every layer and for user input.
    static Result<QVariant> validate(Key key, const QVariant &raw);

private:
    struct Layer;
    struct Resolved
    {
        QVariant value;
        Source source = Source::BuiltIn;
        bool locked = false;
    };

    Resolved resolve(Key key) const;
    bool hasLockFlag(Key key) const;
    std::optional<QVariant> layerValue(const Layer &layer, Key key) const;
    void warnOnce(const QString &message) const;
    const Layer *layer(Source source) const;
    Layer *layer(Source source);

    std::unique_ptr<Layer> m_policy;
    std::unique_ptr<Layer> m_user;
    std::unique_ptr<Layer> m_defaults;
    mutable QSet<QString> m_warned;
};

} // namespace spdc
