#include "RetryAfter.h"

#include <QTest>

using namespace spdc;

// §2.2.4 / Table 7: "retry after the time specified in the Retry-After header".
class TestRetryAfter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delay_data();
    void delay();
    void httpDate_data();
    void httpDate();
};

void TestRetryAfter::delay_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("responseDate");
    QTest::addColumn<int>("seconds");

    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0, 0), Qt::UTC);
    const QDateTime serverDate(QDate(2026, 12, 3), QTime(11, 0, 0), Qt::UTC); // server clock 1 h behind
    QTest::newRow("delta-seconds") << QByteArray("120") << QDateTime() << 120;
    QTest::newRow("spaces around") << QByteArray(" 7 ") << QDateTime() << 7;
    QTest::newRow("zero is clamped up") << QByteArray("0") << QDateTime() << 1;
    QTest::newRow("negative is clamped up") << QByteArray("-30") << QDateTime() << 1;
    QTest::newRow("a year is clamped down") << QByteArray("31536000") << QDateTime() << 3600;
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999") << QDateTime() << 3600;
    QTest::newRow("HTTP-date against Date header")
        << QByteArray("Thu, 03 Dec 2026 11:00:45 GMT") << serverDate << 45;
    QTest::newRow("HTTP-date against local clock")
        << QByteArray("Thu, 03 Dec 2026 12:01:00 GMT") << QDateTime() << 60;
    QTest::newRow("HTTP-date in the past") << QByteArray("Thu, 03 Dec 2026 10:00:00 GMT") << QDateTime() << 1;
    QTest::newRow("RFC 850 date") << QByteArray("Thursday, 03-Dec-26 12:00:20 GMT") << QDateTime() << 20;
    QTest::newRow("asctime date") << QByteArray("Thu Dec  3 12:00:30 2026") << QDateTime() << 30;
    QTest::newRow("unparseable: default backoff") << QByteArray("soon") << QDateTime() << 30;
    QTest::newRow("absent: default backoff") << QByteArray() << QDateTime() << 30;
    QTest::newRow("fraction: default backoff") << QByteArray("1.5") << QDateTime() << 30;
    Q_UNUSED(now)
}

void TestRetryAfter::delay()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, responseDate);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0, 0), Qt::UTC);
    QCOMPARE(RetryAfter::delay(header, responseDate, now).count(), qint64(seconds));
}

void TestRetryAfter::httpDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime when(QDate(2026, 12, 3), QTime(11, 0, 45), Qt::UTC);
    // The Date header as servers send it: Qt's RFC2822Date refuses the "GMT" of every one.
    QTest::newRow("IMF-fixdate") << QStringLiteral("Thu, 03 Dec 2026 11:00:45 GMT") << when;
    QTest::newRow("RFC 850") << QStringLiteral("Thursday, 03-Dec-26 11:00:45 GMT") << when;
    QTest::newRow("asctime") << QStringLiteral("Thu Dec  3 11:00:45 2026") << when;
    // 02:30 on that day does not exist in Central Europe: as UTC it does.
    QTest::newRow("in a local DST gap") << QStringLiteral("Sun, 29 Mar 2026 02:30:00 GMT")
                                        << QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC);
    QTest::newRow("not GMT") << QStringLiteral("Thu, 03 Dec 2026 11:00:45 +0100") << QDateTime();
    QTest::newRow("no time") << QStringLiteral("Thu, 03 Dec 2026 GMT") << QDateTime();
    QTest::newRow("garbage") << QStringLiteral("tomorrow") << QDateTime();
}

void TestRetryAfter::httpDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    qputenv("TZ", "Europe/Berlin");
    const QDateTime parsed = RetryAfter::parseHttpDate(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
