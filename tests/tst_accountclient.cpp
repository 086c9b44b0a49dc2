// The network core against the real sandbox over loopback HTTP: authentication, timeouts,
// throttling, dropped connections, retries and what is never retried.
#include "api/accountclient.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Runs a job to completion and returns its one result.
ApiResult waitFor(ApiJob *job, int timeoutMs = 20000)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<ApiResult>();
}

QJsonObject newPropertyBody()
{
    return {{u"Name"_s, u"Harbour Lights Dental"_s},
            {u"MainDomain"_s, u"harbourlights.example.com"_s},
            {u"TimeZone"_s, u"AUS Eastern Standard Time"_s}};
}

RetryPolicy quickRetries(int attempts)
{
    RetryPolicy policy;
    policy.maxAttempts = attempts;
    policy.initialDelayMs = 20;
    policy.maxDelayMs = 100;
    return policy;
}

QStringList g_logLines;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logLines << message;
}
} // namespace

class tst_AccountClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void getReturnsJson();
    void wrongCredentialsAreRefused_data();
    void wrongCredentialsAreRefused();
    void slowServerTimesOut();
    void throttledRequestWaitsForRetryAfterThenSucceeds();
    void droppedGetIsRetriedThenReported();
    void droppedPostIsNeverRepeated();
    void serverErrorRetriesGetButNotPost();
    void garbledBodyIsReportedNotParsed();
    void formBodiesEncodePlusSigns();
    void plusInQueryIsASpace();
    void plainHttpToRemoteHostIsRefused();
    void cancelFinishesOnceAndCleansUp();
    void destroyingClientAbortsRequests();
    void connectionStateFollowsResults();
    void lostAnswerIsThatRequestsOutcome();
    void lostAnswersAndFailedProbesMeanOffline();
    void secretsNeverReachTheLog();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void tst_AccountClient::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void tst_AccountClient::init()
{
    m_sandbox->server().setFaults({});
}

void tst_AccountClient::getReturnsJson()
{
    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    QUrlQuery query;
    query.addQueryItem(u"Results_Count"_s, u"5"_s);
    const ApiResult result = waitFor(client.get(u"/v2/Properties"_s, query));
    QVERIFY2(result.ok(), qPrintable(result.error.displayText()));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.json.object().value(u"Properties"_s).toArray().size(), 5);
    QVERIFY(result.json.object().value(u"TotalCount"_s).toInt() > 5);
}

void tst_AccountClient::wrongCredentialsAreRefused_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("properties") << ApiFamily::Properties << u"/v2/Properties"_s << QString();
    QTest::newRow("broadcast") << ApiFamily::Broadcast << u"/v1/phone_numbers"_s << QString();
    QTest::newRow("twilio") << ApiFamily::Twilio
                            << u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s
                            << u"20003"_s;
    QTest::newRow("signalwire") << ApiFamily::SignalWire
                                << u"/api/laml/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s
                                << u"20003"_s;
}

void tst_AccountClient::wrongCredentialsAreRefused()
{
    QFETCH(ApiFamily, family);
    QFETCH(QString, path);
    QFETCH(QString, code);

    const AccountProfile profile = m_sandbox->badProfile(family);
    AccountClient client(profile);
    QSignalSpy state(&client, &AccountClient::connectionStateChanged);
    ApiJob *job = client.get(path.contains(u"%1"_s) ? path.arg(profile.user) : path);
    QPointer<ApiJob> watch(job);
    const ApiResult result = waitFor(job);
    QCOMPARE(result.error.kind(), ApiError::Kind::Http);
    QCOMPARE(result.httpStatus, 401);
    if (!code.isEmpty())
        QCOMPARE(result.error.code(), code);
    QVERIFY(!result.error.message().isEmpty());
    QVERIFY(result.body.size() > 0);
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::AuthFailed);
    QTRY_VERIFY(watch.isNull()); // the job deletes itself after finished()
}

void tst_AccountClient::slowServerTimesOut()
{
    FaultOptions faults;
    faults.latencyMs = 3000;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    client.setTransferTimeout(300);
    client.setRetryPolicy(quickRetries(2));
    ApiJob *job = client.get(u"/v2/Properties"_s);
    QSignalSpy retries(job, &ApiJob::retrying);
    QElapsedTimer clock;
    clock.start();
    const ApiResult result = waitFor(job);
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(retries.size(), 1); // a GET is repeatable: tried twice in all
    QVERIFY2(clock.elapsed() < 3000, "the timeout, not the server, ended the request");
    // Offline once the probe this sent could not get an answer either.
    QTRY_COMPARE_WITH_TIMEOUT(client.connectionState(), AccountClient::ConnectionState::Offline,
                              10000);
}

void tst_AccountClient::throttledRequestWaitsForRetryAfterThenSucceeds()
{
    FaultOptions faults;
    faults.throttle = 1;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Twilio));
    const QString path = u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(
        client.profile().user);
    QList<ApiJob *> jobs;
    QList<std::shared_ptr<QSignalSpy>> retrySpies, doneSpies;
    for (int i = 0; i < 3; ++i) {
        ApiJob *job = client.get(path);
        retrySpies << std::make_shared<QSignalSpy>(job, &ApiJob::retrying);
        doneSpies << std::make_shared<QSignalSpy>(job, &ApiJob::finished);
    }
    for (const auto &done : doneSpies)
        QTRY_COMPARE_WITH_TIMEOUT(done->size(), 1, 20000);

    int throttled = 0;
    for (int i = 0; i < 3; ++i) {
        const ApiResult result = doneSpies[i]->first().first().value<ApiResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.displayText()));
        for (const QList<QVariant> &retry : std::as_const(*retrySpies[i])) {
            const ApiError why = retry.at(2).value<ApiError>();
            QCOMPARE(why.httpStatus(), 429);
            QVERIFY(why.retryAfterSeconds() >= 1);
            // The wait is counted from the answer (the pacer's moment); what passed between
            // the answer and this signal (a millisecond, more under a sanitizer) is gone.
            QVERIFY2(retry.at(1).toInt() >= why.retryAfterSeconds() * 1000 - 50,
                     qPrintable(u"waits %1 ms for a Retry-After of %2 s"_s.arg(retry.at(1).toInt())
                                    .arg(why.retryAfterSeconds())));
            ++throttled;
        }
    }
    QVERIFY2(throttled >= 2, "two of three requests in one second were throttled");
}

void tst_AccountClient::droppedGetIsRetriedThenReported()
{
    FaultOptions faults;
    faults.dropRate = 1.0;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    client.setRetryPolicy(quickRetries(3));
    const quint64 before = m_sandbox->server().requestCount();
    ApiJob *job = client.get(u"/v2/Properties"_s);
    QSignalSpy retries(job, &ApiJob::retrying);
    const ApiResult result = waitFor(job);
    QCOMPARE(result.error.kind(), ApiError::Kind::Dropped);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(retries.size(), 2);
    // Qt's HTTP stack may itself resend a GET once on a closed connection; that is allowed.
    QVERIFY(m_sandbox->server().requestCount() - before >= quint64(3));
}

void tst_AccountClient::droppedPostIsNeverRepeated()
{
    FaultOptions faults;
    faults.dropRate = 1.0;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    client.setRetryPolicy(quickRetries(4));
    const quint64 before = m_sandbox->server().requestCount();
    ApiJob *job = client.postJson(u"/v2/Properties"_s, newPropertyBody());
    QSignalSpy retries(job, &ApiJob::retrying);
    const ApiResult result = waitFor(job);
    QCOMPARE(result.error.kind(), ApiError::Kind::Dropped);
    QVERIFY2(result.error.outcomeUnknown(), "the caller must reconcile, not resend");
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_sandbox->server().requestCount() - before, quint64(1));
}

void tst_AccountClient::serverErrorRetriesGetButNotPost()
{
    FaultOptions faults;
    faults.errorRate = 1.0;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    client.setRetryPolicy(quickRetries(3));

    quint64 before = m_sandbox->server().requestCount();
    ApiResult result = waitFor(client.get(u"/v2/Properties"_s));
    QCOMPARE(result.error.kind(), ApiError::Kind::Http);
    QCOMPARE(result.httpStatus, 500);
    QVERIFY(!result.error.code().isEmpty()); // decoded from the family's error shape
    QCOMPARE(m_sandbox->server().requestCount() - before, quint64(3));

    before = m_sandbox->server().requestCount();
    result = waitFor(client.postJson(u"/v2/Properties"_s, newPropertyBody()));
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(m_sandbox->server().requestCount() - before, quint64(1));
}

void tst_AccountClient::garbledBodyIsReportedNotParsed()
{
    FaultOptions faults;
    faults.garbleRate = 1.0;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    ApiJob *job = client.get(u"/v2/Properties"_s);
    QSignalSpy retries(job, &ApiJob::retrying);
    const ApiResult result = waitFor(job);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.error.kind(), ApiError::Kind::Malformed);
    QVERIFY(result.json.isNull());
    QVERIFY2(result.error.displayText().contains(u"JSON"_s), qPrintable(result.error.displayText()));
    QCOMPARE(retries.size(), 0); // the server answered: repeating would not help
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Online);
}

void tst_AccountClient::formBodiesEncodePlusSigns()
{
    AccountClient client(m_sandbox->profile(ApiFamily::Twilio));
    QUrlQuery form;
    form.addQueryItem(u"PhoneNumber"_s, u"+15005550006"_s);
    form.addQueryItem(u"FriendlyName"_s, u"Front desk & after hours"_s);
    ApiJob *job = client.postForm(u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(
                                      client.profile().user),
                                  form);
    // A literal '+' in a form body reads as a space on the server: it must travel as %2B.
    QCOMPARE(job->request().body,
             "PhoneNumber=%2B15005550006&FriendlyName=Front%20desk%20%26%20after%20hours"_ba);
    waitFor(job);
}

void tst_AccountClient::plusInQueryIsASpace()
{
    AccountClient client(m_sandbox->profile(ApiFamily::Twilio));
    const QString path = u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(
        client.profile().user);
    const ApiResult all = waitFor(client.get(path, QUrlQuery(u"PageSize=50"_s)));
    QVERIFY(all.ok());
    QString name;
    for (const QJsonValue &n : all.json.object().value(u"incoming_phone_numbers"_s).toArray()) {
        if (n.toObject().value(u"friendly_name"_s).toString().contains(u' ')) {
            name = n.toObject().value(u"friendly_name"_s).toString();
            break;
        }
    }
    QVERIFY2(!name.isEmpty(), "the demo data has a friendly name with a space");

    // What Twilio's helper libraries send: spaces as '+'.
    QNetworkRequest request = client.makeRequest(path);
    QUrl url = request.url();
    url.setQuery(u"FriendlyName="_s + QString(name).replace(u' ', u'+'), QUrl::StrictMode);
    request.setUrl(url);
    const ApiResult result = waitFor(client.send({"GET", request, {}, true}));
    QVERIFY2(result.ok(), qPrintable(result.error.displayText()));
    const QJsonArray found = result.json.object().value(u"incoming_phone_numbers"_s).toArray();
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().toObject().value(u"friendly_name"_s).toString(), name);
}

void tst_AccountClient::plainHttpToRemoteHostIsRefused()
{
    AccountProfile profile = m_sandbox->profile(ApiFamily::Properties);
    profile.baseUrl = QUrl(u"http://api.example.com"_s);
    AccountClient client(profile);
    ApiJob *job = client.get(u"/v2/Properties"_s);
    QSignalSpy finished(job, &ApiJob::finished); // connected after creation: still delivered
    QVERIFY(finished.wait(2000));
    const ApiResult result = finished.first().first().value<ApiResult>();
    QCOMPARE(result.error.kind(), ApiError::Kind::InsecureUrl);
    QVERIFY(result.error.displayText().contains(u"https"_s));
}

void tst_AccountClient::cancelFinishesOnceAndCleansUp()
{
    FaultOptions faults;
    faults.latencyMs = 1500;
    m_sandbox->server().setFaults(faults);

    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    QPointer<ApiJob> job = client.get(u"/v2/Properties"_s);
    QSignalSpy finished(job.data(), &ApiJob::finished);
    job->cancel();
    job->cancel(); // idempotent
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().error.kind(),
             ApiError::Kind::Cancelled);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Unknown);
}

void tst_AccountClient::destroyingClientAbortsRequests()
{
    FaultOptions faults;
    faults.latencyMs = 1500;
    m_sandbox->server().setFaults(faults);

    auto client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Properties));
    QPointer<ApiJob> job = client->get(u"/v2/Properties"_s);
    QVERIFY(job);
    client.reset();
    QVERIFY(job.isNull());
}

void tst_AccountClient::connectionStateFollowsResults()
{
    auto server = std::make_unique<SandboxFixture>();
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    AccountClient client(server->profile(ApiFamily::Properties));
    client.setRetryPolicy(quickRetries(1));
    QSignalSpy state(&client, &AccountClient::connectionStateChanged);

    QVERIFY(waitFor(client.probe()).ok());
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Online);

    server->server().stop();
    const ApiResult result = waitFor(client.probe());
    QCOMPARE(result.error.kind(), ApiError::Kind::Refused);
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Offline);
    QVERIFY(client.lastError().displayText().contains(u"reach"_s));
    QVERIFY(state.size() >= 3); // Connecting, Online, Offline
}

void tst_AccountClient::lostAnswerIsThatRequestsOutcome()
{
    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    QVERIFY(waitFor(client.probe()).ok());
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Online);
    QSignalSpy state(&client, &AccountClient::connectionStateChanged);

    FaultOptions faults;
    faults.lostAnswerRate = 1.0;
    m_sandbox->server().setFaults(faults);
    const quint64 before = m_sandbox->server().requestCount();
    const ApiResult result = waitFor(client.postJson(u"/v2/Properties"_s, newPropertyBody()));
    // Only that answer is lost: the probe the client sends to check meets a server that answers.
    m_sandbox->server().setFaults({});
    QCOMPARE(result.error.kind(), ApiError::Kind::Dropped);
    const QString text = result.error.displayText();
    QVERIFY2(!text.contains(u"Unknown error"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.trimmed().endsWith(u':'), qPrintable(text));
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Online);

    // The probe went and was answered; the account was never said to be offline.
    QTRY_COMPARE(m_sandbox->server().requestCount() - before, quint64(2));
    QTRY_VERIFY(!client.findChild<ApiJob *>());
    QCOMPARE(client.connectionState(), AccountClient::ConnectionState::Online);
    QVERIFY2(state.isEmpty(), "one lost answer changed the account's state");
    QCOMPARE(client.lastError().kind(), ApiError::Kind::Dropped); // the tooltip's last error
}

void tst_AccountClient::lostAnswersAndFailedProbesMeanOffline()
{
    AccountClient client(m_sandbox->profile(ApiFamily::Properties));
    client.setRetryPolicy(quickRetries(2));
    QVERIFY(waitFor(client.probe()).ok());
    FaultOptions faults;
    faults.dropRate = 1.0; // the server accepts connections and never answers
    m_sandbox->server().setFaults(faults);
    const ApiResult result = waitFor(client.postJson(u"/v2/Properties"_s, newPropertyBody()));
    QCOMPARE(result.error.kind(), ApiError::Kind::Dropped);
    // The probe cannot get an answer either: now the account is offline.
    QTRY_COMPARE(client.connectionState(), AccountClient::ConnectionState::Offline);
    QVERIFY(!client.lastError().displayText().contains(u"Unknown error"_s, Qt::CaseInsensitive));
}

void tst_AccountClient::secretsNeverReachTheLog()
{
    QLoggingCategory::setFilterRules(u"switchboard.*=true"_s);
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

    const AccountProfile profile = m_sandbox->profile(ApiFamily::Properties);
    {
        AccountClient client(profile);
        client.setRetryPolicy(quickRetries(2));
        waitFor(client.get(u"/v2/Properties"_s));
        FaultOptions faults;
        faults.errorRate = 1.0;
        m_sandbox->server().setFaults(faults);
        waitFor(client.get(u"/v2/Properties"_s, QUrlQuery(u"Results_Count=2"_s)));
        AccountClient wrong(m_sandbox->badProfile(ApiFamily::Properties));
        waitFor(wrong.get(u"/v2/Properties"_s));
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(!g_logLines.isEmpty(), "debug logging was on, so requests were logged");
    const QByteArray basic = (profile.user + u':' + profile.secret).toUtf8().toBase64();
    for (const QString &line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(profile.secret), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(basic)), qPrintable(line));
        QVERIFY2(!line.contains(u"Results_Count"_s), "no query strings in logs");
    }
}

QTEST_GUILESS_MAIN(tst_AccountClient)
#include "tst_accountclient.moc"
