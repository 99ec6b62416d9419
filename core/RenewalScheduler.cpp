#include "RenewalScheduler.h"

#include "Logging.h"

#include <QTimer>

#include <chrono>

namespace spdc {

namespace {
// A difference this large between wall and monotonic time is a resume or a clock change.
constexpr qint64 JumpThresholdMs = 120 * 1000;
constexpr int ClockCheckIntervalMs = 60 * 1000;
// QTimer takes an int of milliseconds: re-arm at most this far ahead.
constexpr qint64 MaxTimerMs = qint64(24) * 3600 * 1000;

bool automatic(RenewalScheduler::Trigger trigger)
{
    return trigger != RenewalScheduler::Trigger::User;
}
} // namespace

RenewalScheduler::RenewalScheduler(QObject *parent)
    : QObject(parent),
      m_expiryTimer(new QTimer(this)),
      m_clockTimer(new QTimer(this)),
      m_wallUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_monotonicMs = [elapsed] { return elapsed->elapsed(); };
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] { evaluate(Trigger::Timer); });
    m_clockTimer->setInterval(ClockCheckIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &RenewalScheduler::checkClock);
    m_lastWall = m_wallUtc();
    m_lastMonotonic = m_monotonicMs();
    m_clockTimer->start();
}

void RenewalScheduler::setClocks(std::function<QDateTime()> wallUtc,
                                 std::function<qint64()> monotonicMs)
{
    m_wallUtc = std::move(wallUtc);
    m_monotonicMs = std::move(monotonicMs);
    m_lastWall = m_wallUtc();
    m_lastMonotonic = m_monotonicMs();
}

RenewalScheduler::Decision RenewalScheduler::decide(const Profile &profile, Trigger trigger,
                                                    const QDateTime &nowUtc, int failuresThisRun)
{
    const bool expired = !profile.validityExpires.isValid() || profile.validityExpires <= nowUtc;
    if (profile.version == -1) {
        // Table 4: no more queries until the identity changes or the account is reset.
        return {false, tr("The operator has switched off the service for this device "
                          "permanently. Reset the account to ask again.")};
    }
    if (!automatic(trigger))
        return {true, QString()};
    if (failuresThisRun >= MaxAutomaticFailures) {
        return {false, tr("spdc stopped asking after %1 failed attempts in a row. Use Refresh "
                          "to try again.").arg(failuresThisRun)};
    }
    if (profile.pendingMessage && profile.pendingMessage->rejectButton)
        return {false, tr("The operator's message is waiting for your answer.")};
    if (profile.version == -2)
        return {false, tr("The operator asked spdc to wait until you ask again.")};
    if (profile.version == 0 || profile.failures > 0) {
        // Table 3 and "other errors": query again the next time the client starts.
        if (trigger == Trigger::Startup && !profile.token.isEmpty())
            return {true, QString()};
        if (profile.version == 0)
            return {false, tr("spdc will ask again the next time it starts.")};
    }
    if (!expired)
        return {false, tr("The configuration is valid; nothing to ask.")};
    return {true, QString()};
}

void RenewalScheduler::setProfile(const std::optional<Profile> &profile)
{
    // §2.2.4: the count of failed attempts belongs to an identity; another account starts
    // with none (a busy server of one operator must not silence another account).
    const QString before = m_profile ? m_profile->accountId() : QString();
    const QString after = profile ? profile->accountId() : QString();
    if (before != after)
        m_failuresThisRun = 0;
    m_profile = profile;
    armTimer();
}

void RenewalScheduler::recordAttempt(bool succeeded)
{
    m_failuresThisRun = succeeded ? 0 : m_failuresThisRun + 1;
}

void RenewalScheduler::startup()
{
    evaluate(Trigger::Startup);
}

void RenewalScheduler::evaluate(Trigger trigger)
{
    if (!m_profile)
        return;
    const Decision decision = decide(*m_profile, trigger, m_wallUtc(), m_failuresThisRun);
    qCDebug(lcFlow) << "renewal check" << trigger << "query:" << decision.query;
    if (decision.query)
        Q_EMIT renewalDue(trigger);
    else
        armTimer();
}

void RenewalScheduler::armTimer()
{
    m_expiryTimer->stop();
    if (!m_profile || !m_profile->validityExpires.isValid())
        return;
    const qint64 ms = qBound<qint64>(0, m_wallUtc().msecsTo(m_profile->validityExpires), MaxTimerMs);
    if (m_profile->validityExpires > m_wallUtc())
        m_expiryTimer->start(std::chrono::milliseconds(ms));
}

void RenewalScheduler::checkClock()
{
    const QDateTime wall = m_wallUtc();
    const qint64 monotonic = m_monotonicMs();
    const qint64 wallElapsed = m_lastWall.msecsTo(wall);
    const qint64 monotonicElapsed = monotonic - m_lastMonotonic;
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    const qint64 drift = wallElapsed - monotonicElapsed;
    if (qAbs(drift) < JumpThresholdMs)
        return;
    // The monotonic clock stops while the machine sleeps; the wall clock does not. A forward
    // drift is most likely a resume, any other a clock change: both re-check the validity.
    const Trigger trigger = drift > 0 ? Trigger::Resume : Trigger::ClockJump;
    qCInfo(lcFlow) << "clock drift of" << drift << "ms:" << trigger;
    evaluate(trigger);
}

} // namespace spdc
