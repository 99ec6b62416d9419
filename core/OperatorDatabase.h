#pragma once

#include "Result.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace spdc {

// Operators and their MCC/MNC from mobile-broadband-provider-info, the database NetworkManager
// and ModemManager use. The configuration server's name is derived from MCC/MNC (§2.2.1), and
// the country tells how to read a national phone number.
class OperatorDatabase
{
public:
    struct Operator
    {
        QString name;
        QString countryCode;   // ISO 3166-1 alpha-2, upper case ("GB")
        QString countryName;   // in English (Qt 6.4 has no territory names in other languages)
        // In the country's own main language ("Deutschland"), when Qt knows it and it differs
        // from the English name; searched too.
        QString nativeCountryName;
        QString mcc;
        QString mnc;           // as listed: 2 or 3 digits
        QString mccMnc() const { return mcc + mnc; }
    };

    // The name a person reads for a country: English in an English UI; otherwise the
    // country's own name with the English one beside it, "Deutschland (Germany)". Honest
    // about Qt 6.4: it knows each country's name in its own language and in English only, so
    // a French UI shows "Deutschland (Germany)", not "Allemagne".
    static QString countryDisplayName(const QString &countryCode, const QLocale &ui = QLocale());
    static QString nativeCountryName(const QString &countryCode);

    // The installed database (SPDC_OPERATOR_DATABASE at build time).
    static QString defaultPath();
    static Result<OperatorDatabase> load(const QString &path = defaultPath());
    static Result<OperatorDatabase> parse(const QByteArray &xml);

    const QList<Operator> &operators() const { return m_operators; }
    // Case-insensitive search in operator and country names (English and native), and MCC/MNC
    // digits.
    QList<Operator> search(const QString &text) const;
    // The country of a mobile country code, when the database knows it.
    std::optional<QString> countryForMcc(const QString &mcc) const;
    std::optional<Operator> find(const QString &mcc, const QString &mnc) const;

private:
    QList<Operator> m_operators;
};

} // namespace spdc
