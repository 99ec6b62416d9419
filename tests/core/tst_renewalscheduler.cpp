#include "RenewalScheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace spdc;
using Trigger = RenewalScheduler::Trigger;

// When the client queries by itself (§2.2.2, §2.2.4, Table 7) and when it must not.
class TestRenewalScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data();
    void decide();
    void expiryTimerFires();
    void resumeFromSleepRechecks();
    void clockJumpRechecks();
    void fiveFailuresStopAutomaticQueries();
    void failuresBelongToOneAccount();
};

namespace {
const QDateTime Now(QDate(2026, 12, 3), QTime(12, 0, 0), Qt::UTC);

Profile profileWith(int version, qint64 expiresInSeconds, bool token = true)
{
    Profile profile;
    profile.identity = Identity::fromMsisdn(QStringLiteral("+15550100001")).value();
    profile.version = version;
    profile.document = version > 0 || version == -3 ? QByteArray("<wap-provisioningdoc/>") : QByteArray();
    if (expiresInSeconds != 0)
        profile.validityExpires = Now.addSecs(expiresInSeconds);
    if (token)
        profile.token = QStringLiteral("tok");
    return profile;
}
} // namespace

void TestRenewalScheduler::decide_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<int>("failuresThisRun");
    QTest::addColumn<bool>("query");

    QTest::newRow("valid: nothing at start-up") << profileWith(3, 3600) << Trigger::Startup << 0 << false;
    QTest::newRow("valid: nothing after resume") << profileWith(3, 3600) << Trigger::Resume << 0 << false;
    QTest::newRow("expired: at start-up") << profileWith(3, -10) << Trigger::Startup << 0 << true;
    QTest::newRow("expired: on the timer") << profileWith(3, -1) << Trigger::Timer << 0 << true;
    QTest::newRow("expired: after resume") << profileWith(3, -1) << Trigger::Resume << 0 << true;
    QTest::newRow("expired: after a clock jump") << profileWith(3, -1) << Trigger::ClockJump << 0 << true;
    QTest::newRow("reset (0): at start-up") << profileWith(0, 0) << Trigger::Startup << 0 << true;
    QTest::newRow("reset (0): not on a timer") << profileWith(0, 0) << Trigger::Timer << 0 << false;
    QTest::newRow("disabled (-1): never automatic") << profileWith(-1, 0, false) << Trigger::Startup << 0 << false;
    QTest::newRow("disabled (-1): not even for the user") << profileWith(-1, 0, false) << Trigger::User << 0 << false;
    QTest::newRow("until user (-2): not at start-up") << profileWith(-2, 0) << Trigger::Startup << 0 << false;
    QTest::newRow("until user (-2): on user action") << profileWith(-2, 0) << Trigger::User << 0 << true;
    QTest::newRow("dormant (-3): valid") << profileWith(-3, 3600) << Trigger::Timer << 0 << false;
    QTest::newRow("dormant (-3): after the validity") << profileWith(-3, -5) << Trigger::Timer << 0 << true;
    QTest::newRow("expired but 5 failures this run") << profileWith(3, -1) << Trigger::Timer << 5 << false;
    QTest::newRow("4 failures: still tries") << profileWith(3, -1) << Trigger::Timer << 4 << true;
    QTest::newRow("5 failures: the user may ask") << profileWith(3, -1) << Trigger::User << 5 << true;
    Profile pending = profileWith(3, -1);
    pending.pendingMessage = UserMessage{QStringLiteral("T"), QStringLiteral("M"), true, true};
    QTest::newRow("question pending: wait for the user") << pending << Trigger::Startup << 0 << false;
    Profile failed = profileWith(3, 3600);
    failed.failures = 1;
    QTest::newRow("last attempt failed: retry at start-up") << failed << Trigger::Startup << 0 << true;
}

void TestRenewalScheduler::decide()
{
    QFETCH(Profile, profile);
    QFETCH(Trigger, trigger);
    QFETCH(int, failuresThisRun);
    QFETCH(bool, query);
    const RenewalScheduler::Decision decision =
        RenewalScheduler::decide(profile, trigger, Now, failuresThisRun);
    QCOMPARE(decision.query, query);
    if (!query)
        QVERIFY(!decision.reason.isEmpty()); // the user is told why nothing is sent
}

void TestRenewalScheduler::expiryTimerFires()
{
    RenewalScheduler scheduler;
    Profile profile = profileWith(3, 0);
    profile.validityExpires = QDateTime::currentDateTimeUtc().addMSecs(300);
    QSignalSpy due(&scheduler, &RenewalScheduler::renewalDue);
    scheduler.setProfile(profile);
    scheduler.startup();
    QCOMPARE(due.size(), 0); // still valid
    QVERIFY(due.wait(5000));
    QCOMPARE(due.first().at(0).value<Trigger>(), Trigger::Timer);
}

void TestRenewalScheduler::resumeFromSleepRechecks()
{
    RenewalScheduler scheduler;
    QDateTime wall = Now;
    qint64 monotonic = 0;
    scheduler.setClocks([&] { return wall; }, [&] { return monotonic; });
    scheduler.setProfile(profileWith(3, 1800)); // valid for 30 minutes
    QSignalSpy due(&scheduler, &RenewalScheduler::renewalDue);
    // A night asleep: the wall clock moves 8 hours, the monotonic one a minute.
    wall = wall.addSecs(8 * 3600);
    monotonic += 60 * 1000;
    scheduler.checkClock();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().at(0).value<Trigger>(), Trigger::Resume);
    // A normal minute passes: nothing more.
    wall = wall.addSecs(60);
    monotonic += 60 * 1000;
    scheduler.checkClock();
    QCOMPARE(due.size(), 1);
}

void TestRenewalScheduler::clockJumpRechecks()
{
    RenewalScheduler scheduler;
    QDateTime wall = Now;
    qint64 monotonic = 0;
    scheduler.setClocks([&] { return wall; }, [&] { return monotonic; });
    Profile profile = profileWith(3, 0);
    profile.validityExpires = Now.addSecs(-7200); // expired, judged by the corrected clock
    scheduler.setProfile(profile);
    QSignalSpy due(&scheduler, &RenewalScheduler::renewalDue);
    // The clock was set back by three hours (e.g. a time zone or NTP correction).
    wall = wall.addSecs(-3 * 3600 + 60);
    monotonic += 60 * 1000;
    scheduler.checkClock();
    QCOMPARE(due.size(), 0); // by the new clock it is still valid
    wall = wall.addSecs(3 * 3600);
    monotonic += 60 * 1000;
    scheduler.checkClock();
    QCOMPARE(due.size(), 1);
}

void TestRenewalScheduler::fiveFailuresStopAutomaticQueries()
{
    RenewalScheduler scheduler;
    scheduler.setProfile(profileWith(3, -1));
    QSignalSpy due(&scheduler, &RenewalScheduler::renewalDue);
    for (int attempt = 0; attempt < 5; ++attempt) {
        scheduler.startup();
        QCOMPARE(due.size(), attempt + 1);
        scheduler.recordAttempt(false);
    }
    scheduler.startup();
    QCOMPARE(due.size(), 5);
    QCOMPARE(scheduler.failuresThisRun(), 5);
    scheduler.recordAttempt(true); // the user's refresh worked: counting starts again
    scheduler.startup();
    QCOMPARE(due.size(), 6);
}

void TestRenewalScheduler::failuresBelongToOneAccount()
{
    RenewalScheduler scheduler;
    QSignalSpy due(&scheduler, &RenewalScheduler::renewalDue);
    const Profile first = profileWith(3, -1);
    scheduler.setProfile(first);
    for (int attempt = 0; attempt < 5; ++attempt)
        scheduler.recordAttempt(false);
    scheduler.startup();
    QCOMPARE(due.size(), 0); // the first account's server failed five times: no more queries

    // The user switches to another account (§4.2.1): its expired configuration is asked for.
    Profile other = profileWith(3, -1);
    other.identity = Identity::fromMsisdn(QStringLiteral("+15550100002")).value();
    scheduler.setProfile(other);
    QCOMPARE(scheduler.failuresThisRun(), 0);
    scheduler.startup();
    QCOMPARE(due.size(), 1);

    // The same account read again (after a save) keeps its count.
    scheduler.recordAttempt(false);
    scheduler.setProfile(other);
    QCOMPARE(scheduler.failuresThisRun(), 1);
}

QTEST_GUILESS_MAIN(TestRenewalScheduler)
#include "tst_renewalscheduler.moc"
