#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace spdc {

// One <parm name=... value=...> of a provisioning document (§4.2). The value is kept exactly
// as the server sent it after one level of XML unescaping: never trimmed.
struct Parm
{
    QString name;
    QString value;

    friend bool operator==(const Parm &a, const Parm &b) { return a.name == b.name && a.value == b.value; }
    friend bool operator!=(const Parm &a, const Parm &b) { return !(a == b); }
};

// One <characteristic type=...> with its parms and nested characteristics, in document order.
// Unknown types and parms are kept untouched: they belong to the stored configuration.
class Characteristic
{
public:
    QString type;
    QList<Parm> parms;                // document order kept; duplicates kept
    QList<Characteristic> children;   // document order kept; several of one type kept

    // Type and parm names match case-insensitively (real servers are sloppy).
    [[nodiscard]] std::optional<QString> parm(QStringView name) const;
    [[nodiscard]] const Characteristic *child(QStringView type) const;
    [[nodiscard]] QList<const Characteristic *> childrenOfType(QStringView type) const;

    [[nodiscard]] bool isType(QStringView otherType) const;
    // TOKEN/token authenticates this device to the server (§2.3.2, §4.2.1: "should not be
    // accessible to the user"): no viewer, filter, copy or printout shows it.
    [[nodiscard]] bool isSecret(const Parm &parm) const;

    friend bool operator==(const Characteristic &a, const Characteristic &b)
    {
        return a.type == b.type && a.parms == b.parms && a.children == b.children;
    }
    friend bool operator!=(const Characteristic &a, const Characteristic &b) { return !(a == b); }
};

} // namespace spdc
