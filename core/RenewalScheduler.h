#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace spdc {

// When to query the configuration server for the active account (§2.2.2, §2.2.4, Table 7):
// at start-up, when the validity expires, after the machine resumes from sleep and after the
// wall clock jumps; never for a valid configuration, never after too many failures in a row,
// and never automatically when the server said so (-1, -2) or a question awaits the user.
class RenewalScheduler : public QObject
{
    Q_OBJECT
public:
    enum class Trigger { Startup, Timer, Resume, ClockJump, User };
    Q_ENUM(Trigger)

    struct Decision
    {
        bool query = false;
        QString reason; // for a person, when no query is sent
    };

    // §2.2.4: at most 5 consecutive unsuccessful attempts, then no automatic queries.
    static constexpr int MaxAutomaticFailures = 5;

    explicit RenewalScheduler(QObject *parent = nullptr);

    static Decision decide(const Profile &profile, Trigger trigger, const QDateTime &nowUtc,
                           int failuresThisRun);

    // Injectable clocks, for tests: wall time (UTC) and a monotonic millisecond count that
    // does not advance while the machine sleeps.
    void setClocks(std::function<QDateTime()> wallUtc, std::function<qint64()> monotonicMs);

    // The active account's profile (nullopt: none). Re-arms the validity timer.
    void setProfile(const std::optional<Profile> &profile);
    // The outcome of a query the scheduler asked for (or the user made).
    void recordAttempt(bool succeeded);
    int failuresThisRun() const { return m_failuresThisRun; }

    // Evaluates the start-up trigger; call once the active profile is loaded.
    void startup();
    // Compares the wall clock with the monotonic clock; runs every minute by itself.
    void checkClock();

Q_SIGNALS:
    void renewalDue(spdc::RenewalScheduler::Trigger trigger);

private:
    void evaluate(Trigger trigger);
    void armTimer();

    std::optional<Profile> m_profile;
    int m_failuresThisRun = 0;
    QTimer *m_expiryTimer;
    QTimer *m_clockTimer;
    std::function<QDateTime()> m_wallUtc;
    std::function<qint64()> m_monotonicMs;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
};

} // namespace spdc
