#include "RetryAfter.h"

#include <QLocale>

namespace spdc::RetryAfter {

namespace {
std::chrono::seconds clamp(qint64 seconds)
{
    return std::chrono::seconds(qBound(qint64(Minimum.count()), seconds, qint64(Maximum.count())));
}
} // namespace

QDateTime parseHttpDate(const QString &text)
{
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850
    // ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms. The
    // weekday is redundant and dropped: with a two-digit year it would not match. Date and
    // time are read apart and joined as UTC: read as one local time, a time in a daylight
    // saving gap of the machine's zone would be refused.
    const QLocale c = QLocale::c();
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    const QString withoutWeekday = comma >= 0 ? simplified.mid(comma + 1).trimmed()
                                              : simplified.section(QLatin1Char(' '), 1);
    const QStringList parts = withoutWeekday.split(QLatin1Char(' '));
    const QString gmt = QStringLiteral("GMT");
    QDate date;
    QString time;
    if (parts.size() == 5 && parts.at(4) == gmt) {
        date = c.toDate(parts.mid(0, 3).join(QLatin1Char(' ')), QStringLiteral("dd MMM yyyy"));
        time = parts.at(3);
    } else if (parts.size() == 3 && parts.at(2) == gmt) {
        date = c.toDate(parts.at(0), QStringLiteral("dd-MMM-yy"));
        if (date.isValid() && date.year() < 1970)
            date = date.addYears(100);
        time = parts.at(1);
    } else if (parts.size() == 4) {
        date = c.toDate(parts.at(0) + QLatin1Char(' ') + parts.at(1) + QLatin1Char(' ')
                            + parts.at(3),
                        QStringLiteral("MMM d yyyy"));
        time = parts.at(2);
    }
    const QTime clock = c.toTime(time, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

std::chrono::seconds delay(const QByteArray &header, const QDateTime &responseDate,
                           const QDateTime &nowUtc)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return DefaultBackoff;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return clamp(seconds);
    if (std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return Maximum; // digits only but too large for 64 bits: absurd, clamp
    const QDateTime when = parseHttpDate(QString::fromLatin1(value));
    if (!when.isValid())
        return DefaultBackoff;
    const QDateTime reference = responseDate.isValid() ? responseDate : nowUtc;
    return clamp(reference.secsTo(when));
}

} // namespace spdc::RetryAfter
