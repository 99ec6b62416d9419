#include "OperatorDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#ifndef SPDC_OPERATOR_DATABASE
#define SPDC_OPERATOR_DATABASE "/usr/share/mobile-broadband-provider-info/serviceproviders.xml"
#endif

namespace spdc {

namespace {
Error databaseError(const QString &detail)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("OperatorDatabase",
                     "The list of operators could not be read. Enter the configuration server "
                     "address instead."),
                 detail};
}

QString englishCountryName(const QString &code, const QString &fallback)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return fallback;
    return QLocale::territoryToString(territory);
}
} // namespace

QString OperatorDatabase::nativeCountryName(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    if (territory == QLocale::AnyTerritory)
        return QString();
    // The territory's most likely locale ("de_DE" for DE): its own name for itself.
    const QLocale local(QLocale::AnyLanguage, territory);
    if (local.territory() != territory)
        return QString();
    const QString native = local.nativeTerritoryName();
    return native.compare(QLocale::territoryToString(territory), Qt::CaseInsensitive) == 0
        ? QString()
        : native;
}

QString OperatorDatabase::countryDisplayName(const QString &countryCode, const QLocale &ui)
{
    const QString english = englishCountryName(countryCode, countryCode);
    if (ui.language() == QLocale::English || ui.language() == QLocale::C)
        return english;
    const QString native = nativeCountryName(countryCode);
    //: %1 is a country's name in its own language, %2 the same country in English
    return native.isEmpty() ? english
                            : QCoreApplication::translate("OperatorDatabase", "%1 (%2)")
                                  .arg(native, english);
}

QString OperatorDatabase::defaultPath()
{
    return QStringLiteral(SPDC_OPERATOR_DATABASE);
}

Result<OperatorDatabase> OperatorDatabase::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return databaseError(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

Result<OperatorDatabase> OperatorDatabase::parse(const QByteArray &xml)
{
    OperatorDatabase database;
    QXmlStreamReader reader(xml);
    QString countryCode;
    QString countryName;
    QString providerName;
    QList<std::pair<QString, QString>> networkIds;
    int depth = 0;
    int providerDepth = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const auto name = reader.name();
            if (name == QLatin1String("country")) {
                countryCode = reader.attributes().value(QLatin1String("code")).toString().toUpper();
                countryName.clear();
            } else if (name == QLatin1String("provider")) {
                providerDepth = depth;
                providerName.clear();
                networkIds.clear();
            } else if (name == QLatin1String("name") && providerDepth < 0 && countryName.isEmpty()) {
                countryName = reader.readElementText();
                --depth;
            } else if (name == QLatin1String("name") && depth == providerDepth + 1) {
                providerName = reader.readElementText().trimmed();
                --depth;
            } else if (name == QLatin1String("network-id")) {
                networkIds.append({reader.attributes().value(QLatin1String("mcc")).toString(),
                                   reader.attributes().value(QLatin1String("mnc")).toString()});
            }
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("provider")) {
                const QString country = englishCountryName(countryCode, countryName);
                const QString native = nativeCountryName(countryCode);
                for (const auto &[mcc, mnc] : networkIds) {
                    database.m_operators.append(
                        Operator{providerName, countryCode, country, native, mcc, mnc});
                }
                providerDepth = -1;
            }
            --depth;
        }
    }
    if (reader.hasError())
        return databaseError(reader.errorString());
    if (database.m_operators.isEmpty())
        return databaseError(QStringLiteral("no operator with an MCC/MNC"));
    std::stable_sort(database.m_operators.begin(), database.m_operators.end(),
                     [](const Operator &a, const Operator &b) {
                         const int byCountry = QString::localeAwareCompare(a.countryName, b.countryName);
                         return byCountry != 0 ? byCountry < 0
                                               : QString::localeAwareCompare(a.name, b.name) < 0;
                     });
    return database;
}

QList<OperatorDatabase::Operator> OperatorDatabase::search(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return m_operators;
    QList<Operator> result;
    for (const Operator &op : m_operators) {
        if (op.name.contains(needle, Qt::CaseInsensitive)
            || op.countryName.contains(needle, Qt::CaseInsensitive)
            || op.nativeCountryName.contains(needle, Qt::CaseInsensitive)
            || op.countryCode.compare(needle, Qt::CaseInsensitive) == 0
            || op.mccMnc().startsWith(needle)) {
            result.append(op);
        }
    }
    return result;
}

std::optional<QString> OperatorDatabase::countryForMcc(const QString &mcc) const
{
    // Some MCCs are shared (234: the United Kingdom, Guernsey, Jersey, the Isle of Man): the
    // country with the most networks under that code is the one people mean.
    QHash<QString, int> networks;
    for (const Operator &op : m_operators) {
        if (op.mcc == mcc && !op.countryCode.isEmpty())
            ++networks[op.countryCode];
    }
    if (networks.isEmpty())
        return std::nullopt;
    QString best;
    for (auto it = networks.cbegin(); it != networks.cend(); ++it) {
        if (best.isEmpty() || it.value() > networks.value(best)
            || (it.value() == networks.value(best) && it.key() < best)) {
            best = it.key();
        }
    }
    return best;
}

std::optional<OperatorDatabase::Operator> OperatorDatabase::find(const QString &mcc,
                                                                const QString &mnc) const
{
    for (const Operator &op : m_operators) {
        if (op.mcc == mcc && (op.mnc == mnc || op.mnc.toInt() == mnc.toInt()))
            return op;
    }
    return std::nullopt;
}

} // namespace spdc
