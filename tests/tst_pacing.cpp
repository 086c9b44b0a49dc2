// The account's pace over real HTTP: the sandbox throttles (429) with the Retry-After that
// --fault retry-after gives, in seconds or as an HTTP date, and a plain GET and the outbox
// wait exactly the server's time: nothing before it (counted on the server), sent after it.
// "Retry-After: 60" runs on a test clock; the real-time rows use 2 s. A successful probe
// meanwhile never makes the outbox send early, and a wait past the 15-minute cap goes back
// to the user with the time.
#include "api/accountclient.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "manualpaceclock.h"
#include "properties/propertiesclient.h"
#include "properties/propertydraft.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int LongWaitMs = 30000;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(LongWaitMs))
        return {};
    return spy.first().first().value<ApiResult>();
}

FaultOptions throttling(const QString &retryAfter)
{
    FaultOptions faults;
    QString error;
    if (!faults.parse(u"throttle=1"_s, &error) || !faults.parse(u"retry-after="_s + retryAfter, &error))
        qFatal("%s", qPrintable(error));
    return faults;
}

// The same wait as the server says it: "Retry-After: 60", and as an HTTP date 60 s ahead.
void retryAfterRows(int seconds)
{
    QTest::addColumn<QString>("retryAfter");
    QTest::addRow("Retry-After: %d", seconds) << QString::number(seconds);
    QTest::addRow("Retry-After: an HTTP date %d s ahead", seconds) << u"date+%1"_s.arg(seconds);
}

QString uniqueName(const QString &prefix)
{
    return prefix + u' ' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}
} // namespace

class tst_Pacing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getWaitsTheServersTimeOnATestClock_data();
    void getWaitsTheServersTimeOnATestClock();
    void getWaitsTheServersTimeInRealTime_data();
    void getWaitsTheServersTimeInRealTime();
    void outboxWaitsTheServersTimeOnATestClock_data();
    void outboxWaitsTheServersTimeOnATestClock();
    void outboxWaitsTheServersTimeInRealTime_data();
    void outboxWaitsTheServersTimeInRealTime();
    void waitPastTheCapGoesBackToTheUser();
    void lookUpPastTheCapWaitsForTheTime();

private:
    QString path() const { return u"/v2/Properties"_s; }
    QString queueProperty(const QString &name);
    void makeOutbox();
    int serverCount(const QString &name) const
    {
        return m_sandbox->serverCount(u"SELECT COUNT(*) FROM properties WHERE name = ?"_s, {name});
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
};

void tst_Pacing::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(10);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Properties));
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 100;
    m_client->setRetryPolicy(quick);
}

void tst_Pacing::cleanup()
{
    m_outbox.reset();
    m_store.reset();
    m_dir.reset();
    m_client.reset();
    m_sandbox.reset();
}

void tst_Pacing::makeOutbox()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
    // One attempt per job: the 429 reaches the outbox, which must wait the server's time
    // itself (a job's own waiting is the GET tests').
    RetryPolicy once = m_client->retryPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_client.get());
    m_outbox->setRetryDelays(50, 400); // its own backoff would resend long before the server's time
    m_outbox->setSender(DraftKind::Property, std::make_unique<PropertyDraftSender>(m_client.get()));
}

QString tst_Pacing::queueProperty(const QString &name)
{
    PropertyDraft p;
    p.name = name;
    p.mainDomain = u"pace.example.com"_s;
    p.timeZone = u"UTC"_s;
    const Draft d = m_store->create(DraftKind::Property, m_client->profile().id, name, p.toJson(), true);
    if (!m_store->enqueue(d.id))
        qWarning("could not queue a draft");
    return d.id;
}

void tst_Pacing::getWaitsTheServersTimeOnATestClock_data()
{
    retryAfterRows(60);
}

void tst_Pacing::getWaitsTheServersTimeOnATestClock()
{
    QFETCH(QString, retryAfter);
    ManualPaceClock clock;
    m_client->pacer()->setClock(&clock);
    m_sandbox->server().setFaults(throttling(retryAfter));
    QVERIFY(waitFor(m_client->get(path())).ok()); // the one request of this second

    QPointer<ApiJob> job = m_client->get(path());
    QSignalSpy retrying(job.data(), &ApiJob::retrying);
    QSignalSpy finished(job.data(), &ApiJob::finished);
    QVERIFY(retrying.wait(LongWaitMs));
    QCOMPARE(retrying.first().at(2).value<ApiError>().httpStatus(), 429);
    const qint64 wait = m_client->pacer()->remainingMs();
    QVERIFY2(wait >= 60000 && wait <= 61000, QByteArray::number(wait)); // a date has whole seconds
    QVERIFY(retrying.first().at(1).toInt() >= 60000);
    // From now on the server would answer: only the account's pace holds the GET back.
    m_sandbox->server().setFaults({});

    // Another request of the account started meanwhile waits too; a probe goes (it asks
    // whether the server is there) and its answer frees nothing.
    QPointer<ApiJob> later = m_client->get(path());
    QSignalSpy laterFinished(later.data(), &ApiJob::finished);
    const quint64 served = m_sandbox->server().requestCount();
    QVERIFY(waitFor(m_client->probe()).ok());
    clock.advance(wait - 100);
    QVERIFY(waitFor(m_client->probe()).ok()); // a later event than anything early would be
    QCOMPARE(job->attempts(), 1);
    QCOMPARE(later->attempts(), 0);
    QCOMPARE(m_sandbox->server().requestCount(), served + 2); // the two probes, nothing else
    QCOMPARE(finished.size(), 0);

    clock.advance(100);
    QCOMPARE(job->attempts(), 2); // sent at the server's time, from advance() itself
    QCOMPARE(later->attempts(), 1);
    QVERIFY(finished.wait(LongWaitMs));
    QVERIFY(finished.first().first().value<ApiResult>().ok());
    QTRY_COMPARE(laterFinished.size(), 1);
    QVERIFY(laterFinished.first().first().value<ApiResult>().ok());
    QCOMPARE(m_sandbox->server().requestCount(), served + 4);
}

void tst_Pacing::getWaitsTheServersTimeInRealTime_data()
{
    retryAfterRows(2);
}

void tst_Pacing::getWaitsTheServersTimeInRealTime()
{
    QFETCH(QString, retryAfter);
    m_sandbox->server().setFaults(throttling(retryAfter));
    QVERIFY(waitFor(m_client->get(path())).ok());

    QPointer<ApiJob> job = m_client->get(path());
    QSignalSpy finished(job.data(), &ApiJob::finished);
    QElapsedTimer sinceThrottled;
    connect(job.data(), &ApiJob::retrying, this, [&sinceThrottled] { sinceThrottled.start(); });
    QVERIFY(finished.wait(LongWaitMs));
    const ApiResult result = finished.first().first().value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.displayText()));
    QVERIFY(sinceThrottled.isValid());
    // At least the 2 s asked (a date counts whole seconds, so up to 3): never the 20 ms
    // backoff, never the old 30 s cap.
    QVERIFY2(sinceThrottled.elapsed() >= 1990, QByteArray::number(sinceThrottled.elapsed()));
    QVERIFY2(sinceThrottled.elapsed() < 10000, QByteArray::number(sinceThrottled.elapsed()));
}

void tst_Pacing::outboxWaitsTheServersTimeOnATestClock_data()
{
    retryAfterRows(60);
}

void tst_Pacing::outboxWaitsTheServersTimeOnATestClock()
{
    QFETCH(QString, retryAfter);
    ManualPaceClock clock;
    m_client->pacer()->setClock(&clock);
    makeOutbox();
    // The outbox reads the account's properties first, then sends: the send is the second
    // request of its second, and is throttled.
    m_sandbox->server().setFaults(throttling(retryAfter));
    const QString name = uniqueName(u"Paced"_s);
    const QString id = queueProperty(name);
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->status(), Outbox::Status::WaitingForNetwork, LongWaitMs);
    m_sandbox->server().setFaults({});
    const qint64 wait = m_client->pacer()->remainingMs();
    QVERIFY2(wait >= 60000 && wait <= 61000, QByteArray::number(wait));
    QCOMPARE(m_store->draft(id).state, OutboxState::Queued);
    QVERIFY2(m_store->draft(id).errorMessage.contains(u"it tries again then"_s),
             qPrintable(m_store->draft(id).errorMessage));
    QCOMPARE(serverCount(name), 0);

    // A new token for the same account probes at once; the probe succeeds and the account
    // is online again: still nothing is sent before the server's time.
    QSignalSpy online(m_client.get(), &AccountClient::connectionStateChanged);
    m_client->setProfile(m_client->profile());
    QTRY_VERIFY_WITH_TIMEOUT(online.contains({QVariant::fromValue(AccountClient::ConnectionState::Online)}),
                             LongWaitMs);
    QCOMPARE(m_outbox->status(), Outbox::Status::WaitingForNetwork);
    QCOMPARE(m_store->draft(id).state, OutboxState::Queued);

    clock.advance(wait - 100);
    QVERIFY(waitFor(m_client->probe()).ok()); // a later event than an early send would be
    QCOMPARE(m_outbox->status(), Outbox::Status::WaitingForNetwork);
    QCOMPARE(m_store->draft(id).state, OutboxState::Queued);
    QCOMPARE(serverCount(name), 0);

    clock.advance(100);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, LongWaitMs);
    QCOMPARE(serverCount(name), 1);
    QTRY_COMPARE(m_outbox->status(), Outbox::Status::Idle);
}

void tst_Pacing::outboxWaitsTheServersTimeInRealTime_data()
{
    retryAfterRows(2);
}

void tst_Pacing::outboxWaitsTheServersTimeInRealTime()
{
    QFETCH(QString, retryAfter);
    makeOutbox();
    m_sandbox->server().setFaults(throttling(retryAfter));
    const QString name = uniqueName(u"Paced"_s);
    const QString id = queueProperty(name);
    QElapsedTimer sinceThrottled;
    qint64 resentAfterMs = -1;
    connect(m_outbox.get(), &Outbox::statusChanged, this, [&](Outbox::Status status) {
        if (status == Outbox::Status::WaitingForNetwork && !sinceThrottled.isValid())
            sinceThrottled.start();
    });
    connect(m_store.get(), &DraftStore::draftChanged, this, [&](const QString &changed) {
        if (changed == id && sinceThrottled.isValid() && resentAfterMs < 0
            && m_store->draft(id).state == OutboxState::Sending) {
            resentAfterMs = sinceThrottled.elapsed();
        }
    });
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->status(), Outbox::Status::WaitingForNetwork, LongWaitMs);
    m_sandbox->server().setFaults({}); // the resend would pass at once: only the pace holds it

    QSignalSpy online(m_client.get(), &AccountClient::connectionStateChanged);
    m_client->setProfile(m_client->profile());
    QTRY_VERIFY_WITH_TIMEOUT(online.contains({QVariant::fromValue(AccountClient::ConnectionState::Online)}),
                             LongWaitMs);
    if (sinceThrottled.elapsed() < 1900) { // the machine may be slow: only then does it prove it
        QCOMPARE(m_outbox->status(), Outbox::Status::WaitingForNetwork);
        QCOMPARE(m_store->draft(id).state, OutboxState::Queued);
        QCOMPARE(serverCount(name), 0);
    }

    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, LongWaitMs);
    QVERIFY2(resentAfterMs >= 1990, QByteArray::number(resentAfterMs));
    QVERIFY2(resentAfterMs < 10000, QByteArray::number(resentAfterMs));
    QCOMPARE(serverCount(name), 1);
}

void tst_Pacing::waitPastTheCapGoesBackToTheUser()
{
    makeOutbox();
    m_sandbox->server().setFaults(throttling(u"3600"_s));
    const QString name = uniqueName(u"An hour"_s);
    const QString id = queueProperty(name);
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Editing, LongWaitMs);
    const Draft d = m_store->draft(id);
    QVERIFY(m_client->pacer()->waitsForUser());
    const QString until =
        QLocale().toString(m_client->pacer()->notBefore().toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(d.errorMessage.contains(u"wait until"_s) && d.errorMessage.contains(until)
                 && d.errorMessage.contains(u"send it again then"_s),
             qPrintable(d.errorMessage));
    QCOMPARE(serverCount(name), 0);
    QTRY_COMPARE(m_outbox->status(), Outbox::Status::Idle);

    // Nothing is held for an hour: another draft goes at once, and the server decides (here,
    // it lets it through).
    m_sandbox->server().setFaults({});
    const QString next = uniqueName(u"Next"_s);
    const QString nextId = queueProperty(next);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(nextId).state, OutboxState::Sent, LongWaitMs);
    QCOMPARE(serverCount(next), 1);
    QCOMPARE(m_store->draft(id).state, OutboxState::Editing);
    QCOMPARE(serverCount(name), 0);

    // The user sends it again: it goes, once.
    QVERIFY(m_outbox->submitNow(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, LongWaitMs);
    QCOMPARE(serverCount(name), 1);
}

void tst_Pacing::lookUpPastTheCapWaitsForTheTime()
{
    // A create reached the server but its answer was lost (the app died): the draft is
    // looked up before anything else. When the look-up is told to wait an hour, the draft
    // stays "not known", says until when, and is looked up then, never sent again.
    ManualPaceClock clock;
    m_client->pacer()->setClock(&clock);
    makeOutbox();
    const QString name = uniqueName(u"Arrived"_s);
    PropertyDraft p;
    p.name = name;
    p.mainDomain = u"pace.example.com"_s;
    p.timeZone = u"UTC"_s;
    const QString id = queueProperty(name);
    Draft d = m_store->draft(id);
    d.state = OutboxState::Sending;
    d.sendContext = QJsonObject{{u"body"_s, p.toRequestBody()}, {u"matchingBefore"_s, QJsonArray()},
                                {u"preparedAt"_s, u"2026-01-01T00:00:00Z"_s}};
    QVERIFY(m_store->save(d));
    Property created;
    QVERIFY(!PropertiesClient::parseProperty(waitFor(PropertiesClient(m_client.get()).create(p)), &created)
                 .isError());

    // The create was this second's one request: the look-up, right after, is throttled.
    m_sandbox->server().setFaults(throttling(u"3600"_s));
    m_outbox->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->status(), Outbox::Status::WaitingForNetwork, LongWaitMs);
    m_sandbox->server().setFaults({});
    QVERIFY(m_client->pacer()->waitsForUser());
    d = m_store->draft(id);
    QCOMPARE(d.state, OutboxState::Unknown);
    QVERIFY2(d.errorMessage.contains(u"checks then"_s), qPrintable(d.errorMessage));

    // Found back meanwhile (a probe answers), it still waits for the server's time.
    m_client->setProfile(m_client->profile());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->connectionState(), AccountClient::ConnectionState::Online,
                              LongWaitMs);
    clock.advance(m_client->pacer()->remainingMs() - 1000);
    QVERIFY(waitFor(m_client->probe()).ok());
    QCOMPARE(m_outbox->status(), Outbox::Status::WaitingForNetwork);
    QCOMPARE(m_store->draft(id).state, OutboxState::Unknown);

    clock.advance(1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, LongWaitMs);
    QCOMPARE(m_store->draft(id).remoteId, created.propertySid);
    QCOMPARE(serverCount(name), 1); // found, not sent again
}

QTEST_GUILESS_MAIN(tst_Pacing)
#include "tst_pacing.moc"
