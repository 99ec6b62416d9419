#include "Characteristic.h"

namespace spdc {

namespace {

bool sameName(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool Characteristic::isType(QStringView otherType) const
{
    return sameName(type, otherType);
}

std::optional<QString> Characteristic::parm(QStringView name) const
{
    for (const Parm &p : parms) {
        if (sameName(p.name, name))
            return p.value;
    }
    return std::nullopt;
}

const Characteristic *Characteristic::child(QStringView childType) const
{
    for (const Characteristic &c : children) {
        if (c.isType(childType))
            return &c;
    }
    return nullptr;
}

QList<const Characteristic *> Characteristic::childrenOfType(QStringView childType) const
{
    QList<const Characteristic *> result;
    for (const Characteristic &c : children) {
        if (c.isType(childType))
            result.append(&c);
    }
    return result;
}

bool Characteristic::isSecret(const Parm &parm) const
{
    return isType(u"TOKEN") && parm.name.compare(QLatin1String("token"), Qt::CaseInsensitive) == 0;
}

} // namespace spdc
