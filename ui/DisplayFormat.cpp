#include "DisplayFormat.h"

#include "DeviceType.h"
#include "Profile.h"

#include <QCoreApplication>
#include <QLocale>

namespace spdc::DisplayFormat {

namespace {
// Gives the free functions a tr() that lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
// Qt fills in %n but leaves "(s)" when no translation is loaded, as for English: resolve the
// source's own plural here so that English needs no translation file.
QString plural(const QString &translated, int n)
{
    QString text = translated;
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}
} // namespace

QString localDateTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    //: A date and a time, e.g. "Thursday, 6 March 2025, 14:05"
    return Text::tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                            locale.toString(local.time(), QLocale::ShortFormat));
}

QString duration(std::chrono::seconds wait)
{
    const int seconds = int(wait.count());
    if (seconds < 120)
        return plural(Text::tr("%n second(s)", nullptr, seconds), seconds);
    const int minutes = (seconds + 59) / 60;
    return plural(Text::tr("%n minute(s)", nullptr, minutes), minutes);
}

QString relative(const QDateTime &utc, const QDateTime &nowUtc)
{
    const qint64 seconds = nowUtc.secsTo(utc);
    const qint64 span = qAbs(seconds);
    // Rounded to the nearest unit: a validity of one day, read a second later, is "24 hours".
    QString amount;
    if (span >= 2 * 86400) {
        const int days = int((span + 43200) / 86400);
        amount = plural(Text::tr("%n day(s)", nullptr, days), days);
    } else if (span >= 3600) {
        const int hours = int((span + 1800) / 3600);
        amount = plural(Text::tr("%n hour(s)", nullptr, hours), hours);
    } else if (span >= 60) {
        const int minutes = int((span + 30) / 60);
        amount = plural(Text::tr("%n minute(s)", nullptr, minutes), minutes);
    } else {
        return seconds >= 0 ? Text::tr("in less than a minute") : Text::tr("moments ago");
    }
    //: %1 is an amount of time, e.g. "3 days"
    return seconds >= 0 ? Text::tr("in %1").arg(amount) : Text::tr("%1 ago").arg(amount);
}

QString validity(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return Text::tr("No expiry");
    if (utc <= nowUtc) {
        //: %1 is a date and time, %2 e.g. "2 days ago"
        return Text::tr("%1 (expired %2)").arg(localDateTime(utc), relative(utc, nowUtc));
    }
    //: %1 is a date and time, %2 e.g. "in 20 days"
    return Text::tr("%1 (expires %2)").arg(localDateTime(utc), relative(utc, nowUtc));
}

QString stateText(ProfileState state)
{
    switch (state) {
    case ProfileState::Unconfigured: return Text::tr("Not configured yet");
    case ProfileState::Configured: return Text::tr("Configured");
    case ProfileState::Expired: return Text::tr("Expired: the configuration needs to be renewed");
    case ProfileState::PendingMessage: return Text::tr("Waiting for you to answer a message");
    case ProfileState::Reset: return Text::tr("Switched off by the operator for now");
    case ProfileState::DisabledPermanently: return Text::tr("Switched off by the operator permanently");
    case ProfileState::DisabledUntilUser: return Text::tr("Switched off until you link it again");
    case ProfileState::Dormant: return Text::tr("Dormant");
    case ProfileState::Failed: return Text::tr("Failed: the last attempt did not succeed");
    }
    return Text::tr("Unknown");
}

QString deviceTypeText(DeviceType type)
{
    switch (type) {
    case DeviceType::PC: return Text::tr("PC");
    case DeviceType::Tablet: return Text::tr("Tablet");
    case DeviceType::Other: break;
    }
    return Text::tr("Other");
}

QString thisDevice(DeviceType type)
{
    switch (type) {
    case DeviceType::PC: return Text::tr("This computer");
    case DeviceType::Tablet: return Text::tr("This tablet");
    case DeviceType::Other: break;
    }
    return Text::tr("This device");
}

} // namespace spdc::DisplayFormat
