#pragma once

#include "Characteristic.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace spdc {

// VERS (§2.2.2): version X > 0 is a configuration, 0 / -1 / -2 are the reset answers
// (Tables 3-5). Validity in seconds.
struct VersInfo
{
    int version = 0;
    qint64 validity = 0;
};

// TOKEN (§2.3.2, Table 10). A missing validity means "no expiry given".
struct TokenInfo
{
    QString token;
    std::optional<qint64> validity;
};

// MSG (§2.2.3). Reject_btn absent means no Decline button.
struct UserMessage
{
    QString title;
    QString message;
    bool acceptButton = false;
    bool rejectButton = false;
};

// A parsed wap-provisioningdoc (§4.2): the top-level characteristics in document order plus
// typed views of the few the client acts on. Immutable once parsed.
class ProvisioningDocument
{
public:
    ProvisioningDocument() = default; // the empty document

    // Largest body accepted, and deepest characteristic nesting (top level counts as 1).
    static constexpr qsizetype MaxSize = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 32;

    // Parses a server body. Any failure (not well-formed, wrong root, DTD, too large, too deep)
    // is ErrorCode::InvalidResponse and never yields a partial document. An empty body is an
    // error too: callers treat "no body" before calling this.
    [[nodiscard]] static Result<ProvisioningDocument> parse(const QByteArray &bytes);

    [[nodiscard]] const QList<Characteristic> &characteristics() const { return m_characteristics; }
    [[nodiscard]] const Characteristic *characteristic(QStringView type) const;

    [[nodiscard]] std::optional<VersInfo> vers() const;       // nullopt: no VERS or version not an integer
    [[nodiscard]] std::optional<TokenInfo> token() const;     // nullopt: no TOKEN or no token parm
    [[nodiscard]] std::optional<UserMessage> message() const; // nullopt: no MSG
    [[nodiscard]] std::optional<int> smsPort() const;         // POLICY/SMS_port; nullopt: absent or not an integer

    [[nodiscard]] bool isPolicyOnly() const; // only POLICY characteristics (the OTP-pending answer)
    [[nodiscard]] bool isEmpty() const { return m_characteristics.isEmpty(); }
    [[nodiscard]] bool isVersOnly() const;   // VERS (and optionally TOKEN), nothing else (Table 2)

private:
    explicit ProvisioningDocument(QList<Characteristic> characteristics);

    QList<Characteristic> m_characteristics;
};

} // namespace spdc
