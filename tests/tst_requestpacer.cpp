// The account's pace on its own, on a clock the test moves: Retry-After in seconds and in
// each of the three HTTP date forms, bad values (garbage, negative, fractional, huge) with
// their outcome, the 15-minute cap, one shared "not before" time for several requests, and
// nothing let through a millisecond early.
#include "api/apijob.h"
#include "api/requestpacer.h"
#include "manualpaceclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2024, 3, 14), QTime(14, 0, 0), Qt::UTC); // a Thursday

// IMF-fixdate, as a server writes it.
QByteArray imfDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}
} // namespace

class tst_RequestPacer : public QObject
{
    Q_OBJECT

private slots:
    void httpDate_data();
    void httpDate();
    void retryAfter_data();
    void retryAfter();
    void onlyThrottlingAnswersHold_data();
    void onlyThrottlingAnswersHold();
    void sixtySecondsAreWaitedOut();
    void anHttpDateIsWaitedOut();
    void fifteenMinutesIsTheCap();
    void severalAnswersShareTheLatestTime();
    void aLaterShorterAnswerDoesNotShortenTheWait();
    void backoffWaitsOnTheSameClock();
    void cancelledAndDeadWaitersNeverRun();

private:
    ManualPaceClock m_clock;
};

void tst_RequestPacer::httpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime rfc(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << rfc;
    QTest::newRow("IMF-fixdate, spaces around") << "  Sun, 06 Nov 1994 08:49:37 GMT "_ba << rfc;
    QTest::newRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << rfc;
    QTest::newRow("asctime, one-digit day") << "Sun Nov  6 08:49:37 1994"_ba << rfc;
    QTest::newRow("asctime, two-digit day")
        << "Wed Nov 16 08:49:37 1994"_ba << QDateTime(QDate(1994, 11, 16), QTime(8, 49, 37), Qt::UTC);
    // A two-digit year more than 50 years ahead of 2024 is in the last century; one less is not.
    QTest::newRow("RFC 850, year 70 is 2070")
        << "Wednesday, 01-Jan-70 00:00:00 GMT"_ba << QDateTime(QDate(2070, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("RFC 850, year 24 is 2024")
        << "Thursday, 14-Mar-24 14:01:00 GMT"_ba << Now.addSecs(60);
    QTest::newRow("leap second")
        << "Sat, 31 Dec 2016 23:59:60 GMT"_ba << QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC);

    QTest::newRow("wrong day of the week") << "Mon, 06 Nov 1994 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("30 February") << "Fri, 30 Feb 2024 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("hour 25") << "Sun, 06 Nov 1994 25:49:37 GMT"_ba << QDateTime();
    QTest::newRow("not GMT") << "Sun, 06 Nov 1994 08:49:37 UTC"_ba << QDateTime();
    QTest::newRow("an offset") << "Sun, 06 Nov 1994 08:49:37 +0000"_ba << QDateTime();
    QTest::newRow("lower case") << "sun, 06 nov 1994 08:49:37 gmt"_ba << QDateTime();
    QTest::newRow("ISO 8601") << "1994-11-06T08:49:37Z"_ba << QDateTime();
    QTest::newRow("unknown month") << "Sun, 06 Foo 1994 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("seconds") << "120"_ba << QDateTime();
    QTest::newRow("garbage") << "soon, please"_ba << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void tst_RequestPacer::httpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = RequestPacer::parseHttpDate(text, Now);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void tst_RequestPacer::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("dateHeader");
    QTest::addColumn<RetryAfter::Form>("form");
    QTest::addColumn<qint64>("delayMs"); // -1: more than a year

    QTest::newRow("seconds") << "60"_ba << QByteArray() << RetryAfter::Form::Seconds << qint64(60000);
    QTest::newRow("seconds, spaces") << " 2 "_ba << QByteArray() << RetryAfter::Form::Seconds << qint64(2000);
    QTest::newRow("zero") << "0"_ba << QByteArray() << RetryAfter::Form::Seconds << qint64(0);
    QTest::newRow("a day") << "86400"_ba << QByteArray() << RetryAfter::Form::Seconds << qint64(86400000);
    QTest::newRow("huge, past any integer")
        << "99999999999999999999999999"_ba << QByteArray() << RetryAfter::Form::Seconds << qint64(-1);
    QTest::newRow("huge, twelve digits")
        << "999999999999"_ba << QByteArray() << RetryAfter::Form::Seconds << qint64(-1);

    QTest::newRow("date, 60 s after the answer's Date")
        << imfDate(Now.addSecs(60)) << imfDate(Now) << RetryAfter::Form::Date << qint64(60000);
    // The server's clock is an hour off ours: its Date says what it meant.
    QTest::newRow("date, the server's clock an hour behind")
        << imfDate(Now.addSecs(-3600 + 60)) << imfDate(Now.addSecs(-3600)) << RetryAfter::Form::Date
        << qint64(60000);
    QTest::newRow("date, no Date: against our clock")
        << imfDate(Now.addSecs(90)) << QByteArray() << RetryAfter::Form::Date << qint64(90000);
    QTest::newRow("date, Date unreadable: against our clock")
        << imfDate(Now.addSecs(90)) << "yesterday"_ba << RetryAfter::Form::Date << qint64(90000);
    QTest::newRow("date, RFC 850")
        << "Thursday, 14-Mar-24 14:01:00 GMT"_ba << QByteArray() << RetryAfter::Form::Date << qint64(60000);
    QTest::newRow("date, asctime")
        << "Thu Mar 14 14:01:00 2024"_ba << QByteArray() << RetryAfter::Form::Date << qint64(60000);
    QTest::newRow("date in the past: now")
        << imfDate(Now.addSecs(-60)) << QByteArray() << RetryAfter::Form::Date << qint64(0);
    QTest::newRow("date years ahead")
        << imfDate(Now.addYears(5)) << QByteArray() << RetryAfter::Form::Date << qint64(-1);

    QTest::newRow("absent") << QByteArray() << QByteArray() << RetryAfter::Form::Absent << qint64(0);
    QTest::newRow("blank") << "   "_ba << QByteArray() << RetryAfter::Form::Absent << qint64(0);
    QTest::newRow("negative") << "-5"_ba << QByteArray() << RetryAfter::Form::Invalid << qint64(0);
    QTest::newRow("fractional") << "1.5"_ba << QByteArray() << RetryAfter::Form::Invalid << qint64(0);
    QTest::newRow("with a unit") << "60s"_ba << QByteArray() << RetryAfter::Form::Invalid << qint64(0);
    QTest::newRow("plus sign") << "+60"_ba << QByteArray() << RetryAfter::Form::Invalid << qint64(0);
    QTest::newRow("two values") << "60, 120"_ba << QByteArray() << RetryAfter::Form::Invalid << qint64(0);
    QTest::newRow("garbage") << "later"_ba << QByteArray() << RetryAfter::Form::Invalid << qint64(0);
}

void tst_RequestPacer::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, dateHeader);
    QFETCH(RetryAfter::Form, form);
    QFETCH(qint64, delayMs);
    const RetryAfter stated = RequestPacer::parseRetryAfter(value, dateHeader, Now);
    QCOMPARE(stated.form, form);
    QCOMPARE(stated.isUsable(), form == RetryAfter::Form::Seconds || form == RetryAfter::Form::Date);
    if (delayMs < 0)
        QVERIFY2(stated.delayMs > qint64(365) * 24 * 3600 * 1000, "held as huge, never wrapped");
    else
        QCOMPARE(stated.delayMs, delayMs);
}

void tst_RequestPacer::onlyThrottlingAnswersHold_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<RequestPacer::Hold>("hold");
    QTest::newRow("429, 60 s") << 429 << "60"_ba << RequestPacer::Hold::Wait;
    QTest::newRow("503, 60 s") << 503 << "60"_ba << RequestPacer::Hold::Wait;
    QTest::newRow("429 without Retry-After: the caller's backoff")
        << 429 << QByteArray() << RequestPacer::Hold::None;
    QTest::newRow("429, garbage: the caller's backoff") << 429 << "later"_ba << RequestPacer::Hold::None;
    QTest::newRow("429, negative: the caller's backoff") << 429 << "-1"_ba << RequestPacer::Hold::None;
    QTest::newRow("429, zero: at once") << 429 << "0"_ba << RequestPacer::Hold::None;
    QTest::newRow("500 with Retry-After") << 500 << "60"_ba << RequestPacer::Hold::None;
    QTest::newRow("200 with Retry-After") << 200 << "60"_ba << RequestPacer::Hold::None;
    QTest::newRow("429, huge") << 429 << "99999999999999999999"_ba << RequestPacer::Hold::TooLong;
}

void tst_RequestPacer::onlyThrottlingAnswersHold()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(RequestPacer::Hold, hold);
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    QSignalSpy changed(&pacer, &RequestPacer::paceChanged);
    QCOMPARE(pacer.noteAnswer(status, retryAfter, {}), hold);
    QCOMPARE(pacer.holds(), hold == RequestPacer::Hold::Wait);
    QCOMPARE(pacer.waitsForUser(), hold == RequestPacer::Hold::TooLong);
    QCOMPARE(pacer.notBefore().isValid(), hold != RequestPacer::Hold::None);
    QCOMPARE(changed.size(), hold == RequestPacer::Hold::None ? 0 : 1);
}

void tst_RequestPacer::sixtySecondsAreWaitedOut()
{
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    QSignalSpy ready(&pacer, &RequestPacer::ready);
    QCOMPARE(pacer.noteAnswer(429, "60", {}), RequestPacer::Hold::Wait);
    QCOMPARE(pacer.remainingMs(), 60000);
    QCOMPARE(pacer.notBefore(), m_clock.utcNow().addSecs(60));
    int sent = 0;
    QObject context;
    pacer.whenReady(0, &context, [&sent] { ++sent; });

    m_clock.advance(30000);
    QCOMPARE(pacer.remainingMs(), 30000); // a countdown reads this
    m_clock.advance(29999);
    QCOMPARE(sent, 0);
    QCOMPARE(ready.size(), 0);
    QVERIFY(pacer.holds());
    m_clock.advance(1);
    QCOMPARE(sent, 1);
    QCOMPARE(ready.size(), 1);
    QVERIFY(!pacer.holds());
    QCOMPARE(pacer.remainingMs(), 0);
    QVERIFY(!pacer.notBefore().isValid());
}

void tst_RequestPacer::anHttpDateIsWaitedOut()
{
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    // No Date header: read against the pacer's own wall clock.
    const QDateTime now = m_clock.utcNow();
    const QDateTime until = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(),
                                                        now.time().second()), Qt::UTC).addSecs(61);
    QCOMPARE(pacer.noteAnswer(429, imfDate(until), {}), RequestPacer::Hold::Wait);
    const qint64 wait = pacer.remainingMs();
    QVERIFY2(wait > 60000 && wait <= 61000, QByteArray::number(wait));
    int sent = 0;
    QObject context;
    pacer.whenReady(0, &context, [&sent] { ++sent; });
    m_clock.advance(wait - 1);
    QCOMPARE(sent, 0);
    m_clock.advance(1);
    QCOMPARE(sent, 1);
}

void tst_RequestPacer::fifteenMinutesIsTheCap()
{
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    QCOMPARE(pacer.noteAnswer(429, "900", {}), RequestPacer::Hold::Wait);
    QVERIFY(pacer.holds());
    QVERIFY(!pacer.waitsForUser());
    m_clock.advance(900000);
    QVERIFY(!pacer.holds());

    // One second more than the cap: nothing is held, the caller hands it to the user with
    // the time the server gave.
    const QDateTime expected = m_clock.utcNow().addSecs(901);
    QCOMPARE(pacer.noteAnswer(429, "901", {}), RequestPacer::Hold::TooLong);
    QVERIFY(!pacer.holds());
    QVERIFY(pacer.waitsForUser());
    QCOMPARE(pacer.notBefore(), expected);
    int sent = 0;
    QObject context;
    pacer.whenReady(0, &context, [&sent] { ++sent; });
    QTRY_COMPARE(sent, 1); // not held: the server decides again

    // The same in the date form, an hour ahead.
    QCOMPARE(pacer.noteAnswer(429, imfDate(m_clock.utcNow().addSecs(3600)), {}),
             RequestPacer::Hold::TooLong);
    QVERIFY(pacer.waitsForUser());
    QSignalSpy ready(&pacer, &RequestPacer::ready);
    m_clock.advance(3600 * 1000);
    QCOMPARE(ready.size(), 1);
    QVERIFY(!pacer.waitsForUser());
}

void tst_RequestPacer::severalAnswersShareTheLatestTime()
{
    // Four requests in flight; their 429s say 5, 2, 5 and 3 seconds: none goes before 5 s.
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    for (const QByteArray &seconds : {"5"_ba, "2"_ba, "5"_ba, "3"_ba})
        QCOMPARE(pacer.noteAnswer(429, seconds, {}), RequestPacer::Hold::Wait);
    QCOMPARE(pacer.remainingMs(), 5000);
    int sent = 0;
    QObject context;
    for (int i = 0; i < 4; ++i)
        pacer.whenReady(RequestPacer::backoffMs(RetryPolicy{}, 1), &context, [&sent] { ++sent; });
    m_clock.advance(4999);
    QCOMPARE(sent, 0);
    m_clock.advance(1);
    QCOMPARE(sent, 4);
}

void tst_RequestPacer::aLaterShorterAnswerDoesNotShortenTheWait()
{
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    QSignalSpy changed(&pacer, &RequestPacer::paceChanged);
    pacer.noteAnswer(429, "60", {});
    m_clock.advance(10000);
    pacer.noteAnswer(429, "1", {}); // ends at 11 s, before the 60 s
    QCOMPARE(pacer.remainingMs(), 50000);
    QCOMPARE(changed.size(), 1);
    pacer.noteAnswer(429, "120", {}); // ends later: the wait grows
    QCOMPARE(pacer.remainingMs(), 120000);
    QCOMPARE(changed.size(), 2);
}

void tst_RequestPacer::backoffWaitsOnTheSameClock()
{
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    RetryPolicy policy;
    policy.initialDelayMs = 1000;
    policy.maxDelayMs = 4000;
    // Doubling, capped, with up to a quarter of jitter on top.
    for (const auto &[attempt, base] : {std::pair{1, 1000}, {2, 2000}, {3, 4000}, {9, 4000}}) {
        const int delay = RequestPacer::backoffMs(policy, attempt);
        QVERIFY2(delay >= base && delay < base + base / 4 + 1, qPrintable(u"%1: %2"_s.arg(attempt).arg(delay)));
    }
    int sent = 0;
    QObject context;
    pacer.whenReady(1000, &context, [&sent] { ++sent; });
    m_clock.advance(999);
    QCOMPARE(sent, 0);
    m_clock.advance(1);
    QCOMPARE(sent, 1);
}

void tst_RequestPacer::cancelledAndDeadWaitersNeverRun()
{
    RequestPacer pacer;
    pacer.setClock(&m_clock);
    pacer.noteAnswer(429, "10", {});
    int cancelledRuns = 0, deadRuns = 0, liveRuns = 0;
    QObject context;
    const int ticket = pacer.whenReady(0, &context, [&cancelledRuns] { ++cancelledRuns; });
    auto *dead = new QObject;
    pacer.whenReady(0, dead, [&deadRuns] { ++deadRuns; });
    pacer.whenReady(0, &context, [&liveRuns] { ++liveRuns; });
    pacer.cancel(ticket);
    delete dead;
    m_clock.advance(10000);
    QCOMPARE(cancelledRuns, 0);
    QCOMPARE(deadRuns, 0);
    QCOMPARE(liveRuns, 1);
}

QTEST_GUILESS_MAIN(tst_RequestPacer)
#include "tst_requestpacer.moc"
