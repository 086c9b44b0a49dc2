// The network log: every request of every client given the log, as it happens, against
// the real sandbox; a ring of 10,000 rows; and never a secret, in any column, body, tooltip,
// the curl text or the program's own log output.
#include "api/accountclient.h"
#include "api/networklog.h"
#include "api/networklogfiltermodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
ApiResult waitFor(ApiJob *job, int timeoutMs = 20000)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<ApiResult>();
}

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Everything the log can show about a row, as text.
QStringList everythingShown(const NetworkLog &log, int row)
{
    QStringList shown;
    for (int column = 0; column < log.columnCount(); ++column) {
        const QModelIndex index = log.index(row, column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(NetworkLog::SortRole),
                         int(Qt::StatusTipRole), int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole)}) {
            shown << index.data(role).toString();
        }
    }
    const NetworkLogEntry e = log.entry(row);
    shown << e.url.toString() << e.url.toString(QUrl::FullyDecoded) << e.error << e.account
          << e.authUser << QString::fromUtf8(e.requestBody) << QString::fromUtf8(e.responseBody)
          << QUrl::fromPercentEncoding(e.requestBody) << log.curlCommand(row);
    return shown;
}
} // namespace

class tst_NetworkLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordsEveryRequestAsItHappens();
    void neverHoldsASecret();
    void curlRepeatsTheRequestWithAPlaceholder();
    void countsRetries();
    void keepsTheLastTenThousand();
    void clearEmpties();
    void filterShowsWhatIsAsked();

private:
    SandboxFixture m_sandbox{20};
};

void tst_NetworkLog::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    g_previousHandler = qInstallMessageHandler(captureMessages);
    QLoggingCategory::setFilterRules(u"switchboard.*=true"_s); // debug lines too
}

void tst_NetworkLog::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void tst_NetworkLog::recordsEveryRequestAsItHappens()
{
    NetworkLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountProfile profile = m_sandbox.profile(ApiFamily::Properties);
    profile.displayName = u"Acme properties"_s;
    AccountClient client(profile);
    client.setNetworkLog(&log);

    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    ApiJob *job = client.get(u"/v2/Properties"_s, QUrlQuery(u"Results_Count=2"_s));
    // The row is there as soon as the request leaves, in flight.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(log.rowCount(), 1);
    QVERIFY(!log.entry(0).isFinished());
    QCOMPARE(log.index(0, NetworkLog::StatusColumn).data().toString(), u"…"_s);
    QVERIFY(waitFor(job).ok());

    NetworkLogEntry e = log.entry(0);
    QVERIFY(e.isFinished());
    QCOMPARE(e.httpStatus, 200);
    QCOMPARE(e.method, u"GET"_s);
    QCOMPARE(e.account, u"Acme properties"_s);
    QCOMPARE(e.retries, 0);
    QVERIFY(e.durationMs >= 0);
    QVERIFY(e.error.isEmpty());
    QVERIFY(e.responseBody.isEmpty()); // bodies of failed requests only
    QCOMPARE(log.index(0, NetworkLog::PathColumn).data().toString(), u"/v2/Properties?Results_Count=2"_s);
    QCOMPARE(log.index(0, NetworkLog::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(log.index(0, NetworkLog::MethodColumn).data().toString(), u"GET"_s);
    QVERIFY(!log.index(0, NetworkLog::FailedRole).data(NetworkLog::FailedRole).toBool());

    // A failed request keeps its body and says what went wrong in words.
    AccountClient bad(m_sandbox.badProfile(ApiFamily::Properties));
    bad.setNetworkLog(&log);
    QVERIFY(!waitFor(bad.get(u"/v2/Properties"_s)).ok());
    e = log.entry(1);
    QCOMPARE(e.httpStatus, 401);
    QVERIFY(e.isFailed());
    QVERIFY2(e.error.contains(u"UNAUTHORIZED"_s), qPrintable(e.error));
    QVERIFY(e.responseBody.contains("UNAUTHORIZED"));
    QVERIFY(log.index(1, 0).data(NetworkLog::FailedRole).toBool());

    // A transport failure has no status but an error.
    AccountProfile nowhere = profile;
    nowhere.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    AccountClient closed(nowhere);
    RetryPolicy once;
    once.maxAttempts = 1;
    closed.setRetryPolicy(once);
    closed.setNetworkLog(&log);
    QVERIFY(!waitFor(closed.get(u"/v2/Properties"_s)).ok());
    QCOMPARE(log.index(2, NetworkLog::StatusColumn).data().toString(), u"no answer"_s);
    QVERIFY(!log.entry(2).error.isEmpty());
}

void tst_NetworkLog::neverHoldsASecret()
{
    NetworkLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    g_logLines.clear();

    QList<AccountProfile> profiles{m_sandbox.profile(ApiFamily::Properties),
                                   m_sandbox.profile(ApiFamily::Broadcast),
                                   m_sandbox.profile(ApiFamily::Twilio),
                                   m_sandbox.twilioApiKeyProfile(),
                                   m_sandbox.profile(ApiFamily::SignalWire)};
    for (ApiFamily f : {ApiFamily::Properties, ApiFamily::Broadcast, ApiFamily::Twilio,
                        ApiFamily::SignalWire}) {
        profiles << m_sandbox.badProfile(f);
    }
    QStringList secrets;
    for (const AccountProfile &p : std::as_const(profiles))
        secrets << p.secret;

    for (const AccountProfile &profile : std::as_const(profiles)) {
        AccountClient client(profile);
        client.setNetworkLog(&log);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        // A secret in the query, under a secret-looking name and under an ordinary one.
        QUrlQuery query;
        query.addQueryItem(u"AuthToken"_s, profile.secret);
        query.addQueryItem(u"Note"_s, u"was "_s + profile.secret);
        query.addQueryItem(u"PageToken"_s, u"PAgeCursor"_s);
        waitFor(client.get(u"/v2/Properties"_s, query));
        waitFor(client.probe());
        // ...in a JSON body, as a field of its own and inside other text...
        const QJsonObject body{{u"Name"_s, QString(u"Token "_s + profile.secret)},
                               {u"api_key"_s, profile.secret},
                               {u"nested"_s, QJsonObject{{u"password"_s, u"hunter22"_s}}},
                               {u"MainDomain"_s, u"example.com"_s},
                               {u"TimeZone"_s, u"UTC"_s}};
        waitFor(client.postJson(u"/v2/Properties"_s, body));
        // ...and in a form body.
        QUrlQuery form;
        form.addQueryItem(u"FriendlyName"_s, u"key="_s + profile.secret);
        form.addQueryItem(u"Secret"_s, profile.secret);
        waitFor(client.postForm(u"/2010-04-01/Accounts/"_s + profile.pathAccount()
                                    + u"/IncomingPhoneNumbers.json"_s, form));
    }
    QVERIFY(log.rowCount() >= 4 * profiles.size());

    for (int row = 0; row < log.rowCount(); ++row) {
        const QString shown = everythingShown(log, row).join(u'\n');
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!shown.contains(secret), qPrintable(u"row %1 shows a secret"_s.arg(row)));
        QVERIFY2(!shown.contains(u"hunter22"_s), qPrintable(shown));
        QVERIFY(!shown.contains(u"Authorization"_s, Qt::CaseInsensitive));
    }
    // Paging cursors are not credentials: they stay, so the curl still pages.
    QVERIFY(log.entry(0).url.toString().contains(u"PageToken=PAgeCursor"_s));
    QVERIFY(log.entry(0).url.toString().contains(u"[redacted]"_s)
            || log.entry(0).url.toString().contains(u"%5Bredacted%5D"_s));

    // Nor does anything the program itself logged while doing it.
    const QString logged = g_logLines.join(u'\n');
    QVERIFY(!logged.isEmpty());
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!logged.contains(secret), "a secret reached the program's log output");
}

void tst_NetworkLog::curlRepeatsTheRequestWithAPlaceholder()
{
    NetworkLog log;
    const AccountProfile twilio = m_sandbox.profile(ApiFamily::Twilio);
    const AccountProfile key = m_sandbox.twilioApiKeyProfile();
    const AccountProfile broadcast = m_sandbox.profile(ApiFamily::Broadcast);
    for (const AccountProfile &p : {twilio, key, broadcast}) {
        AccountClient client(p);
        client.setNetworkLog(&log);
        if (p.family == ApiFamily::Broadcast) {
            waitFor(client.postJson(u"/v1/projects"_s, {{u"name"_s, u"It's spring"_s}}));
        } else {
            QUrlQuery form;
            form.addQueryItem(u"AreaCode"_s, u"533"_s);
            waitFor(client.postForm(u"/2010-04-01/Accounts/"_s + p.pathAccount()
                                        + u"/IncomingPhoneNumbers.json"_s, form));
        }
    }
    const QString viaToken = log.curlCommand(0);
    QVERIFY2(viaToken.startsWith(u"curl -X POST 'http://127.0.0.1:"_s), qPrintable(viaToken));
    QVERIFY2(viaToken.contains(u"-u \""_s + twilio.user + u":$TWILIO_AUTH_TOKEN\""_s), qPrintable(viaToken));
    QVERIFY(viaToken.contains(u"--data-raw 'AreaCode=533'"_s));
    QVERIFY(viaToken.contains(u"Content-Type: application/x-www-form-urlencoded"_s));
    QVERIFY(!viaToken.contains(twilio.secret));

    const QString viaKey = log.curlCommand(1);
    QVERIFY2(viaKey.contains(u"-u \""_s + key.user + u":$TWILIO_API_SECRET\""_s), qPrintable(viaKey));
    QVERIFY(viaKey.contains(key.accountSid)); // the account stays in the path
    QVERIFY(!viaKey.contains(key.secret));

    const QString viaApiKey = log.curlCommand(2);
    QVERIFY2(viaApiKey.contains(u"-H \"X-API-Key: $BROADCAST_API_KEY\""_s), qPrintable(viaApiKey));
    // A quote in the body survives the shell's quoting.
    QVERIFY2(viaApiKey.contains(uR"(--data-raw '{"name":"It'\''s spring"}')"_s), qPrintable(viaApiKey));
    QVERIFY(!viaApiKey.contains(broadcast.secret));
}

void tst_NetworkLog::countsRetries()
{
    NetworkLog log;
    AccountClient client(m_sandbox.profile(ApiFamily::Properties));
    client.setNetworkLog(&log);
    RetryPolicy quick;
    quick.maxAttempts = 3;
    quick.initialDelayMs = 10;
    quick.maxDelayMs = 20;
    client.setRetryPolicy(quick);
    FaultOptions faults;
    faults.errorRate = 1.0;
    m_sandbox.server().setFaults(faults);
    const ApiResult result = waitFor(client.get(u"/v2/Properties"_s));
    m_sandbox.server().setFaults({});
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(log.rowCount(), 1); // one request, however many attempts
    QCOMPARE(log.entry(0).retries, 2);
    QCOMPARE(log.index(0, NetworkLog::RetriesColumn).data().toInt(), 2);
    QCOMPARE(log.entry(0).httpStatus, 500);
}

void tst_NetworkLog::keepsTheLastTenThousand()
{
    const AccountProfile profile = m_sandbox.profile(ApiFamily::Twilio);
    AccountClient client(profile); // only for makeRequest(): nothing is sent
    const auto record = [&client, &profile](NetworkLog &log, int i) {
        ApiRequest request{"GET", client.makeRequest(u"/n/%1"_s.arg(i)), {}, true};
        const quint64 serial = log.recordStarted(profile, request);
        ApiResult ok;
        ok.httpStatus = 200;
        log.recordFinished(serial, ok, {profile.secret});
        return serial;
    };

    // The ring under the model tester (which checks the whole model on every change, so a
    // small ring): the oldest row leaves as each new one arrives.
    {
        NetworkLog log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setCapacity(40);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 50; ++i)
            record(log, i);
        QCOMPARE(log.rowCount(), 40);
        QCOMPARE(removed.size(), 10);
        QCOMPARE(log.entry(0).url.path(), u"/n/10"_s);
        log.setCapacity(30); // shrinking drops the oldest at once
        QCOMPARE(log.rowCount(), 30);
        QCOMPARE(log.entry(0).url.path(), u"/n/20"_s);
    }

    // The real size: the session's last 10,000 requests.
    NetworkLog log;
    QCOMPARE(log.capacity(), 10000);
    QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
    quint64 last = 0;
    for (int i = 0; i < 10050; ++i)
        last = record(log, i);
    QCOMPARE(log.rowCount(), 10000);
    QCOMPARE(removed.size(), 50); // one row at a time, oldest first
    QCOMPARE(log.entry(0).serial, quint64(51));
    QCOMPARE(log.entry(0).url.path(), u"/n/50"_s);
    QCOMPARE(log.entry(9999).serial, last);
    QCOMPARE(log.rowOfSerial(last), 9999);
    QCOMPARE(log.rowOfSerial(1), -1); // gone
    // A request that ends after its row left the ring changes nothing.
    ApiResult late;
    late.httpStatus = 500;
    log.recordFinished(3, late, {});
    QCOMPARE(log.rowCount(), 10000);
}

void tst_NetworkLog::clearEmpties()
{
    NetworkLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountClient client(m_sandbox.profile(ApiFamily::Properties));
    client.setNetworkLog(&log);
    ApiJob *job = client.get(u"/v2/Properties"_s);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
    QVERIFY(waitFor(job).ok()); // its end finds no row, and adds none
    QCOMPARE(log.rowCount(), 0);
    waitFor(client.get(u"/v2/Properties"_s));
    QCOMPARE(log.rowCount(), 1);
}

void tst_NetworkLog::filterShowsWhatIsAsked()
{
    NetworkLog log;
    NetworkLogFilterModel filter;
    QAbstractItemModelTester sourceTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&log);
    AccountProfile twilio = m_sandbox.profile(ApiFamily::Twilio);
    twilio.displayName = u"Acme voice"_s;
    AccountClient good(twilio);
    AccountClient bad(m_sandbox.badProfile(ApiFamily::Properties));
    RetryPolicy once;
    once.maxAttempts = 1;
    bad.setRetryPolicy(once);
    for (AccountClient *c : {&good, &bad})
        c->setNetworkLog(&log);
    waitFor(good.probe());
    waitFor(bad.probe());
    waitFor(good.get(u"/2010-04-01/Accounts/"_s + twilio.user + u"/IncomingPhoneNumbers.json"_s));
    QCOMPARE(filter.rowCount(), 3);

    filter.setFailedOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, NetworkLog::StatusColumn).data().toString(), u"401"_s);
    filter.setFailedOnly(false);
    filter.setText(u"acme VOICE"_s);
    QCOMPARE(filter.rowCount(), 2);
    filter.setText(u"401"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"UNAUTHORIZED"_s); // the error in words
    QCOMPARE(filter.rowCount(), 1);
    filter.setText({});
    // Sorted on raw values: the slowest first, by milliseconds and not by text.
    filter.sort(NetworkLog::DurationColumn, Qt::DescendingOrder);
    QVERIFY(filter.index(0, 0).data(NetworkLog::SortRole).isValid());
    QVERIFY(filter.index(0, NetworkLog::DurationColumn).data(NetworkLog::SortRole).toLongLong()
            >= filter.index(2, NetworkLog::DurationColumn).data(NetworkLog::SortRole).toLongLong());
}

QTEST_GUILESS_MAIN(tst_NetworkLog)
#include "tst_networklog.moc"
