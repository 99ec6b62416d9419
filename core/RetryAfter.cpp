#include "RetryAfter.h"

#include <QLocale>

namespace spdc::RetryAfter {

namespace {
std::chrono::seconds clamp(qint64 seconds)
{
    return std::chrono::seconds(qBound(qint64(Minimum.count()), seconds, qint64(Maximum.count())));
}

QDateTime parseHttpDate(const QString &text)
{
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850
    // ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms. The
    // weekday is redundant and dropped: with a two-digit year it would not match.
    const QLocale c = QLocale::c();
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    const QString withoutWeekday = comma >= 0 ? simplified.mid(comma + 1).trimmed()
                                              : simplified.section(QLatin1Char(' '), 1);
    for (const QString &format : {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
                                  QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
                                  QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        QDateTime time = c.toDateTime(withoutWeekday, format);
        if (time.isValid()) {
            if (time.date().year() < 1970)
                time = time.addYears(100);
            time.setTimeSpec(Qt::UTC);
            return time;
        }
    }
    return {};
}
} // namespace

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
