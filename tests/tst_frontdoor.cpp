// The sandbox's front door against careless and hostile clients, over raw sockets to an
// in-process server: idle and slow connections, the connection cap, the body limit, heads
// that Qt HttpServer would misread, paths echoed and logged, the Authorization scheme, and
// text fields that are not valid Unicode or hold control characters.

#include "rawhttp.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

enum class Fam { Properties, Broadcast, Twilio, SignalWire };

QByteArray basic(const QString &user, const QString &password)
{
    return (user + u':' + password).toUtf8().toBase64();
}

// Messages logged while a test runs (the in-process server logs on this thread).
QMutex logMutex;
QStringList *capturedLog = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        if (capturedLog)
            capturedLog->append(message);
    }
    previousHandler(type, context, message);
}

} // namespace

Q_DECLARE_METATYPE(Fam)

class tst_FrontDoor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void idleAndSlowConnectionsAreClosed();
    void keepAliveConnectionClosesWhenIdleButNotWhileAnAnswerWaits();
    void connectionCapClosesTheLongestIdleFirst();
    void bodyOverTheLimitIsRefusedBeforeItIsRead_data();
    void bodyOverTheLimitIsRefusedBeforeItIsRead();
    void bodyUnderTheLimitIsServed();
    void malformedHeads_data();
    void malformedHeads();
    void exactlyTheHeaderLimitStillAuthenticates();
    void conflictingContentLengthsLoseNoLaterRequest();
    void hugePathIsNeitherEchoedNorLoggedInFull();
    void controlCharactersInPathsAreEscapedInTheLog();
    void authorizationSchemeIsCaseInsensitive_data();
    void authorizationSchemeIsCaseInsensitive();
    void textFieldsMustBeValidUnicodeWithoutControls_data();
    void textFieldsMustBeValidUnicodeWithoutControls();
    void numberBodiesAreCheckedWhateverTheirContentType_data();
    void numberBodiesAreCheckedWhateverTheirContentType();
    void validUnicodeNamesRoundTrip();

private:
    bool start(const ConnectionLimits &limits = {}, const FaultOptions &faults = {});
    QByteArray auth(Fam family) const;
    QString accountPath(Fam family) const;
    std::unique_ptr<RawHttpClient> client();
    int propertyCount();

    std::unique_ptr<SandboxFixture> m_sandbox;
};

void tst_FrontDoor::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(20);
}

void tst_FrontDoor::cleanup()
{
    m_sandbox.reset();
}

bool tst_FrontDoor::start(const ConnectionLimits &limits, const FaultOptions &faults)
{
    if (!m_sandbox->start(faults, limits)) {
        qWarning("%s", qPrintable(m_sandbox->errorString()));
        return false;
    }
    return true;
}

QByteArray tst_FrontDoor::auth(Fam family) const
{
    const SandboxCredentials c = m_sandbox->server().credentials();
    switch (family) {
    case Fam::Properties:
        return "Authorization: Basic " + basic(c.propertiesAccountSid, c.propertiesAuthToken) + "\r\n";
    case Fam::Broadcast:
        return "X-API-Key: " + c.broadcastApiKey.toUtf8() + "\r\n";
    case Fam::Twilio:
        return "Authorization: Basic " + basic(c.twilioAccountSid, c.twilioAuthToken) + "\r\n";
    case Fam::SignalWire:
        return "Authorization: Basic " + basic(c.signalwireProjectId, c.signalwireToken) + "\r\n";
    }
    return {};
}

QString tst_FrontDoor::accountPath(Fam family) const
{
    const SandboxCredentials c = m_sandbox->server().credentials();
    switch (family) {
    case Fam::Properties:
        return u"/v2/Properties"_s;
    case Fam::Broadcast:
        return u"/v1/phone_numbers"_s;
    case Fam::Twilio:
        return u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(c.twilioAccountSid);
    case Fam::SignalWire:
        return u"/api/laml/2010-04-01/Accounts/%1/IncomingPhoneNumbers.json"_s.arg(
            c.signalwireProjectId);
    }
    return {};
}

std::unique_ptr<RawHttpClient> tst_FrontDoor::client()
{
    auto c = std::make_unique<RawHttpClient>(m_sandbox->server().baseUrl());
    if (!c->connectToServer())
        return nullptr;
    return c;
}

int tst_FrontDoor::propertyCount()
{
    auto c = client();
    if (!c)
        return -1;
    c->send("GET /v2/Properties?Results_Count=1 HTTP/1.1\r\nHost: x\r\n" + auth(Fam::Properties)
            + "\r\n");
    const auto answer = c->next();
    return answer && answer->status == 200 ? answer->json().value(u"TotalCount"_s).toInt() : -1;
}

void tst_FrontDoor::idleAndSlowConnectionsAreClosed()
{
    ConnectionLimits limits;
    limits.headerTimeoutMs = 1000;
    limits.idleTimeoutMs = 60000;
    QVERIFY(start(limits));

    // 60 connections that send nothing, 10 that send half a head and stop.
    std::vector<std::unique_ptr<RawHttpClient>> silent, halfHead;
    for (int i = 0; i < 60; ++i) {
        silent.push_back(client());
        QVERIFY(silent.back());
    }
    for (int i = 0; i < 10; ++i) {
        halfHead.push_back(client());
        QVERIFY(halfHead.back());
        halfHead.back()->send("GET /v2/Properties HTTP/1.1\r\nHost: x\r\nX-Half: ");
    }

    // Meanwhile a legitimate request is answered.
    auto normal = client();
    QVERIFY(normal);
    normal->send("GET /v2/Properties?Results_Count=1 HTTP/1.1\r\nHost: x\r\n"
                 + auth(Fam::Properties) + "\r\n");
    const auto answer = normal->next();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);

    // Every idle and slow one is closed, long before 140 s; the slow ones are told why.
    for (auto &c : silent)
        QVERIFY(c->waitForClose(20000));
    for (auto &c : halfHead) {
        QVERIFY(c->waitForClose(20000));
        QByteArray pending = c->pending();
        const auto timedOut = RawHttpClient::take(&pending);
        QVERIFY2(timedOut, c->pending().constData());
        QCOMPARE(timedOut->status, 408);
        QVERIFY(timedOut->saysClose());
        QCOMPARE(timedOut->json().value(u"Error"_s).toObject().value(u"Code"_s).toString(),
                 u"REQUEST_TIMEOUT"_s);
    }
    QVERIFY(propertyCount() > 0); // still serving
}

void tst_FrontDoor::keepAliveConnectionClosesWhenIdleButNotWhileAnAnswerWaits()
{
    ConnectionLimits limits;
    limits.headerTimeoutMs = 5000;
    limits.idleTimeoutMs = 600;
    FaultOptions faults;
    faults.latencyMs = 2000; // the answer waits more than three idle timeouts
    QVERIFY(start(limits, faults));

    auto c = client();
    QVERIFY(c);
    c->send("GET /v2/Properties?Results_Count=1 HTTP/1.1\r\nHost: x\r\n" + auth(Fam::Properties)
            + "\r\n");
    const auto answer = c->next();
    QVERIFY2(answer, c->pending().constData());
    QCOMPARE(answer->status, 200);
    QVERIFY(!answer->saysClose());
    // Then, idle, it is closed without a word.
    QVERIFY(c->waitForClose(20000));
    QVERIFY(c->pending().isEmpty());
}

void tst_FrontDoor::connectionCapClosesTheLongestIdleFirst()
{
    ConnectionLimits limits;
    limits.maxConnections = 20;
    limits.headerTimeoutMs = 60000;
    limits.idleTimeoutMs = 60000;
    QVERIFY(start(limits));

    // 20 keep-alive connections, each used once, oldest first.
    std::vector<std::unique_ptr<RawHttpClient>> idle;
    for (int i = 0; i < 20; ++i) {
        idle.push_back(client());
        QVERIFY(idle.back());
        idle.back()->send("GET /v1/phone_numbers?limit=1 HTTP/1.1\r\nHost: x\r\n"
                          + auth(Fam::Broadcast) + "\r\n");
        const auto answer = idle.back()->next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }
    // Five more clients, each answered: every one closes the longest-idle connection.
    for (int i = 0; i < 5; ++i) {
        auto extra = client();
        QVERIFY(extra);
        extra->send("GET /v1/phone_numbers?limit=1 HTTP/1.1\r\nHost: x\r\n"
                    + auth(Fam::Broadcast) + "\r\n");
        const auto answer = extra->next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(idle.at(i)->waitForClose(10000));
        idle.push_back(std::move(extra));
    }
    // The younger ones are still open and still work.
    for (std::size_t i = 5; i < 20; ++i)
        QVERIFY2(idle.at(i)->isConnected(), qPrintable(QString::number(i)));
    idle.at(19)->send("GET /v1/phone_numbers?limit=1 HTTP/1.1\r\nHost: x\r\n"
                      + auth(Fam::Broadcast) + "\r\n");
    const auto again = idle.at(19)->next();
    QVERIFY(again);
    QCOMPARE(again->status, 200);
}

void tst_FrontDoor::bodyOverTheLimitIsRefusedBeforeItIsRead_data()
{
    QTest::addColumn<Fam>("family");
    QTest::addColumn<QString>("shapeKey");
    QTest::newRow("properties") << Fam::Properties << u"Error"_s;
    QTest::newRow("broadcast") << Fam::Broadcast << u"errors"_s;
    QTest::newRow("twilio") << Fam::Twilio << u"code"_s;
    QTest::newRow("signalwire") << Fam::SignalWire << u"code"_s;
}

void tst_FrontDoor::bodyOverTheLimitIsRefusedBeforeItIsRead()
{
    QFETCH(Fam, family);
    QFETCH(QString, shapeKey);
    ConnectionLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    QVERIFY(start(limits));
    const int before = propertyCount();

    auto c = client();
    QVERIFY(c);
    // Announces 50 MB and sends 6 MB of it: the answer comes on the head alone, and the
    // connection is drained, not reset, so the client reads it.
    c->send("POST " + accountPath(family).toUtf8() + " HTTP/1.1\r\nHost: x\r\n" + auth(family)
            + "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n");
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 96; ++i)
        c->send(chunk);
    const auto answer = c->next();
    QVERIFY2(answer, c->pending().left(300).constData());
    QCOMPARE(answer->status, 413);
    QVERIFY(answer->saysClose());
    const QJsonObject json = answer->json();
    QVERIFY2(json.contains(shapeKey), answer->body.constData());
    if (family == Fam::Properties)
        QCOMPARE(json.value(u"Error"_s).toObject().value(u"Code"_s).toString(), u"PAYLOAD_TOO_LARGE"_s);
    if (family == Fam::Broadcast)
        QCOMPARE(json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"payload_too_large"_s);
    if (family == Fam::Twilio || family == Fam::SignalWire)
        QCOMPARE(json.value(u"status"_s).toInt(), 413);
    QVERIFY(answer->body.contains("1048576"));
    QVERIFY(c->waitForClose());
    QCOMPARE(propertyCount(), before);
}

void tst_FrontDoor::bodyUnderTheLimitIsServed()
{
    ConnectionLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    QVERIFY(start(limits));
    // A valid create padded with white space to just under the limit.
    QByteArray body = R"({"Name": "Padded", "MainDomain": "padded.example.com",
                         "TimeZone": "UTC"})";
    body += QByteArray(limits.maxBodyBytes - body.size(), ' ');
    QCOMPARE(body.size(), limits.maxBodyBytes);
    auto c = client();
    QVERIFY(c);
    c->send("POST /v2/Properties HTTP/1.1\r\nHost: x\r\n" + auth(Fam::Properties)
            + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const auto answer = c->next();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->json().value(u"Property"_s).toObject().value(u"Name"_s).toString(), u"Padded"_s);
    QVERIFY(c->isConnected()); // keep-alive goes on
}

void tst_FrontDoor::malformedHeads_data()
{
    QTest::addColumn<QByteArray>("request"); // "AUTH" stands for the Properties credentials
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("messageContains");

    QByteArray manyHeaders;
    for (int i = 0; i < 101; ++i)
        manyHeaders += "X-Filler-" + QByteArray::number(i) + ": yes\r\n";
    QTest::newRow("101 header lines")
        << "GET /v2/Properties HTTP/1.1\r\nAUTH" + manyHeaders + "\r\n" << 431
        << QByteArray("More than 100 header lines");
    QTest::newRow("negative Content-Length")
        << QByteArray("POST /v2/Properties HTTP/1.1\r\nAUTHContent-Length: -1\r\n\r\n{}") << 400
        << QByteArray("Content-Length");
    QTest::newRow("non-numeric Content-Length")
        << QByteArray("POST /v2/Properties HTTP/1.1\r\nAUTHContent-Length: ten\r\n\r\n{}") << 400
        << QByteArray("Content-Length");
    QTest::newRow("Content-Length with a sign")
        << QByteArray("POST /v2/Properties HTTP/1.1\r\nAUTHContent-Length: +2\r\n\r\n{}") << 400
        << QByteArray("Content-Length");
    QTest::newRow("two different Content-Lengths")
        << QByteArray("POST /v2/Properties HTTP/1.1\r\nAUTHContent-Length: 2\r\n"
                      "Content-Length: 5\r\n\r\n{}") << 400 << QByteArray("twice");
    QTest::newRow("chunked body")
        << QByteArray("POST /v2/Properties HTTP/1.1\r\nAUTHTransfer-Encoding: chunked\r\n\r\n"
                      "2\r\n{}\r\n0\r\n\r\n") << 411 << QByteArray("Content-Length");
    QTest::newRow("chunked and a length")
        << QByteArray("POST /v2/Properties HTTP/1.1\r\nAUTHTransfer-Encoding: chunked\r\n"
                      "Content-Length: 2\r\n\r\n{}") << 400 << QByteArray("both");
    QTest::newRow("websocket upgrade")
        << QByteArray("GET /v2/Properties HTTP/1.1\r\nAUTHConnection: Upgrade\r\n"
                      "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
        << 400 << QByteArray("WebSocket");
    QTest::newRow("header line of 9 KiB")
        << "GET /v2/Properties HTTP/1.1\r\nAUTHX-Big: " + QByteArray(9 * 1024, 'a') + "\r\n\r\n"
        << 431 << QByteArray("header line");
    QTest::newRow("request line of 10 KiB")
        << "GET /v2/" + QByteArray(10 * 1024, 'a') + " HTTP/1.1\r\nAUTH\r\n" << 414
        << QByteArray("request line");
    QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 400
                              << QByteArray("request line");
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << QByteArray("request line");
    QTest::newRow("folded header")
        << QByteArray("GET /v2/Properties HTTP/1.1\r\nAUTHX-A: 1\r\n  continued\r\n\r\n") << 400
        << QByteArray("folding");
    QTest::newRow("header without a colon")
        << QByteArray("GET /v2/Properties HTTP/1.1\r\nAUTHNoColonHere\r\n\r\n") << 400
        << QByteArray("Name: value");
}

void tst_FrontDoor::malformedHeads()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, messageContains);
    QVERIFY(start());
    const int before = propertyCount();

    auto c = client();
    QVERIFY(c);
    request.replace("AUTH", auth(Fam::Properties));
    c->send(request);
    const auto answer = c->next();
    QVERIFY2(answer, c->pending().left(300).constData());
    QCOMPARE(answer->status, status);
    QVERIFY(answer->saysClose());
    QVERIFY2(answer->body.contains(messageContains), answer->body.constData());
    // A JSON body in the Properties shape (the path's family).
    if (request.contains("/v2/"))
        QVERIFY2(answer->json().contains(u"Error"_s), answer->body.constData());
    QVERIFY(c->waitForClose());
    // Exactly one answer: nothing follows it.
    QVERIFY2(c->pending().isEmpty(), c->pending().constData());
    QCOMPARE(propertyCount(), before);
}

void tst_FrontDoor::exactlyTheHeaderLimitStillAuthenticates()
{
    QVERIFY(start());
    // 100 header lines, the last of them Authorization: none is dropped.
    QByteArray headers = "Host: x\r\n";
    for (int i = 0; i < 98; ++i)
        headers += "X-Filler-" + QByteArray::number(i) + ": yes\r\n";
    headers += auth(Fam::Properties);
    auto c = client();
    QVERIFY(c);
    c->send("GET /v2/Properties?Results_Count=1 HTTP/1.1\r\n" + headers + "\r\n");
    const auto answer = c->next();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
}

void tst_FrontDoor::conflictingContentLengthsLoseNoLaterRequest()
{
    QVERIFY(start());
    // Before: the second length was ignored and the next request swallowed. Now the
    // connection ends with the 400, and the client knows to send the next one again.
    auto c = client();
    QVERIFY(c);
    c->send("POST /v2/Properties HTTP/1.1\r\nHost: x\r\n" + auth(Fam::Properties)
            + "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}"
            + "GET /v2/Properties?Results_Count=1 HTTP/1.1\r\nHost: x\r\n"
            + auth(Fam::Properties) + "\r\n");
    const auto first = c->next();
    QVERIFY(first);
    QCOMPARE(first->status, 400);
    QVERIFY(first->saysClose());
    QVERIFY(c->waitForClose());
    QVERIFY(c->pending().isEmpty());
    // Identical repeated lengths are one length.
    auto d = client();
    QVERIFY(d);
    d->send("GET /v2/Properties?Results_Count=1 HTTP/1.1\r\nHost: x\r\n" + auth(Fam::Properties)
            + "Content-Length: 0\r\nContent-Length: 0\r\n\r\n");
    const auto ok = d->next();
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
}

void tst_FrontDoor::hugePathIsNeitherEchoedNorLoggedInFull()
{
    QStringList log;
    {
        QMutexLocker lock(&logMutex);
        capturedLog = &log;
    }
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"switchboard.sandbox.http.debug=true"_s);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QMutexLocker lock(&logMutex);
        capturedLog = nullptr;
        QLoggingCategory::setFilterRules(QString());
    });
    QVERIFY(start());

    // A megabyte of path: refused on its request line, never read whole.
    auto c = client();
    QVERIFY(c);
    c->send("GET /v2/" + QByteArray(1024 * 1024, 'a') + " HTTP/1.1\r\n" + auth(Fam::Properties)
            + "\r\n");
    const auto refused = c->next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 414);
    QVERIFY2(refused->body.size() < 2048, QByteArray::number(refused->body.size()).constData());

    // Under the request-line limit, the 404 echoes at most a couple of hundred characters.
    auto d = client();
    QVERIFY(d);
    d->send("GET /v2/" + QByteArray(6000, 'b') + " HTTP/1.1\r\nHost: x\r\n"
            + auth(Fam::Properties) + "\r\n");
    const auto missing = d->next();
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    QVERIFY2(missing->body.size() < 1024, QByteArray::number(missing->body.size()).constData());
    QVERIFY(missing->body.contains("more)"));

    QVERIFY(!log.isEmpty());
    for (const QString &line : std::as_const(log))
        QVERIFY2(line.size() < 1024, qPrintable(line.left(300)));
}

void tst_FrontDoor::controlCharactersInPathsAreEscapedInTheLog()
{
    QStringList log;
    {
        QMutexLocker lock(&logMutex);
        capturedLog = &log;
    }
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"switchboard.sandbox.http.debug=true"_s);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QMutexLocker lock(&logMutex);
        capturedLog = nullptr;
        QLoggingCategory::setFilterRules(QString());
    });
    QVERIFY(start());

    // CR LF and a colour escape, percent-encoded (raw ones never make a request line).
    auto c = client();
    QVERIFY(c);
    c->send("GET /v2/x%0d%0a2024-01-01%20FORGED%20LINE%1b%5b31mred%e2%80%ae HTTP/1.1\r\n"
            "Host: x\r\n" + auth(Fam::Properties) + "\r\n");
    const auto answer = c->next();
    QVERIFY(answer);
    QCOMPARE(answer->status, 404);
    // The body is JSON, which escapes them too.
    QVERIFY(!answer->body.contains('\x1b'));
    QVERIFY(!answer->body.contains("\r\n2024"));

    bool seen = false;
    for (const QString &line : std::as_const(log)) {
        if (!line.contains(u"FORGED"_s))
            continue;
        seen = true;
        QVERIFY2(!line.contains(QChar(0x1b)) && !line.contains(u'\r') && !line.contains(u'\n')
                     && !line.contains(QChar(0x202e)),
                 qPrintable(line));
        QVERIFY2(line.contains(u"\\x0d\\x0a"_s) && line.contains(u"\\x1b"_s)
                     && line.contains(u"\\u202e"_s),
                 qPrintable(line));
    }
    QVERIFY2(seen, qPrintable(log.join(u'\n')));
}

void tst_FrontDoor::authorizationSchemeIsCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<int>("status");
    QTest::newRow("Basic") << QByteArray("Basic") << 200;
    QTest::newRow("BASIC") << QByteArray("BASIC") << 200;
    QTest::newRow("basic") << QByteArray("basic") << 200;
    QTest::newRow("bAsIc, two spaces") << QByteArray("bAsIc ") << 200;
    QTest::newRow("Bearer") << QByteArray("Bearer") << 401;
    QTest::newRow("Basicx") << QByteArray("Basicx") << 401;
}

void tst_FrontDoor::authorizationSchemeIsCaseInsensitive()
{
    QFETCH(QByteArray, scheme);
    QFETCH(int, status);
    QVERIFY(start());
    const SandboxCredentials cr = m_sandbox->server().credentials();
    auto c = client();
    QVERIFY(c);
    c->send("GET " + accountPath(Fam::Twilio).toUtf8() + "?PageSize=1 HTTP/1.1\r\nHost: x\r\n"
            "Authorization: " + scheme + ' ' + basic(cr.twilioAccountSid, cr.twilioAuthToken)
            + "\r\n\r\n");
    const auto answer = c->next();
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
}

void tst_FrontDoor::textFieldsMustBeValidUnicodeWithoutControls_data()
{
    QTest::addColumn<Fam>("family");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageContains");

    const auto property = [](const QByteArray &name,
                             const QByteArray &domain = "ok.example.com") -> QByteArray {
        return R"({"Name": ")" + name + R"(", "MainDomain": ")" + domain
               + R"(", "TimeZone": "UTC"})";
    };
    QTest::newRow("properties: lone surrogate in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray() << property("A\\ud800B") << 400
        << u"Name"_s << u"not valid Unicode"_s;
    QTest::newRow("properties: lone low surrogate in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray() << property("\\udc00") << 400
        << u"Name"_s << u"not valid Unicode"_s;
    QTest::newRow("properties: NUL in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray() << property("A\\u0000B") << 400
        << u"Name"_s << u"U+0000"_s;
    QTest::newRow("properties: ESC in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray() << property("\\u001b[31mRed")
        << 400 << u"Name"_s << u"U+001B"_s;
    QTest::newRow("properties: CR LF in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray() << property("A\\r\\nB") << 400
        << u"Name"_s << u"U+000D"_s;
    QTest::newRow("properties: DEL in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray() << property("A\\u007f") << 400
        << u"Name"_s << u"U+007F"_s;
    QTest::newRow("properties: right-to-left override in Name")
        << Fam::Properties << QByteArray("POST") << QByteArray()
        << property("Invoice \\u202efdp.exe") << 400 << u"Name"_s << u"bidirectional"_s;
    QTest::newRow("properties: isolate in MainDomain")
        << Fam::Properties << QByteArray("POST") << QByteArray()
        << property("Fine", "a\\u2066b.example.com") << 400 << u"MainDomain"_s
        << u"U+2066"_s;
    QTest::newRow("properties: invalid UTF-8 in the query")
        << Fam::Properties << QByteArray("GET") << QByteArray("Results_Count=%ED%A0%80")
        << QByteArray() << 400 << u"Results_Count"_s << u"not valid UTF-8"_s;
    QTest::newRow("twilio: ESC in the FriendlyName filter")
        << Fam::Twilio << QByteArray("GET") << QByteArray("FriendlyName=%1b%5b2J")
        << QByteArray() << 400 << u"FriendlyName"_s << u"U+001B"_s;
    QTest::newRow("twilio: encoded surrogate in the FriendlyName filter")
        << Fam::Twilio << QByteArray("GET") << QByteArray("FriendlyName=%ED%A0%80")
        << QByteArray() << 400 << u"FriendlyName"_s << u"not valid UTF-8"_s;
    QTest::newRow("signalwire: override in the FriendlyName filter")
        << Fam::SignalWire << QByteArray("GET") << QByteArray("FriendlyName=%E2%80%AE")
        << QByteArray() << 400 << u"FriendlyName"_s << u"U+202E"_s;
    QTest::newRow("twilio: ESC in a form body")
        << Fam::Twilio << QByteArray("POST") << QByteArray()
        << QByteArray("AreaCode=500&FriendlyName=Main%1B%5B2JLine") << 400 << u"FriendlyName"_s
        << u"U+001B"_s;
    QTest::newRow("signalwire: invalid UTF-8 in a form body")
        << Fam::SignalWire << QByteArray("POST") << QByteArray()
        << QByteArray("FriendlyName=caf%E9") << 400 << u"FriendlyName"_s << u"not valid UTF-8"_s;
    QTest::newRow("broadcast: NUL in page_token")
        << Fam::Broadcast << QByteArray("GET") << QByteArray("page_token=%00") << QByteArray()
        << 422 << u"page_token"_s << u"U+0000"_s;
    QTest::newRow("broadcast: invalid UTF-8 in limit")
        << Fam::Broadcast << QByteArray("GET") << QByteArray("limit=%C0%AF") << QByteArray()
        << 422 << u"limit"_s << u"not valid UTF-8"_s;
}

void tst_FrontDoor::textFieldsMustBeValidUnicodeWithoutControls()
{
    QFETCH(Fam, family);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, messageContains);
    QVERIFY(start());
    const int before = propertyCount();

    auto c = client();
    QVERIFY(c);
    QByteArray request = method + ' ' + accountPath(family).toUtf8();
    if (!query.isEmpty())
        request += '?' + query;
    request += " HTTP/1.1\r\nHost: x\r\n" + auth(family);
    if (!body.isEmpty()) {
        const bool form = family == Fam::Twilio || family == Fam::SignalWire;
        request += QByteArray(form ? "Content-Type: application/x-www-form-urlencoded\r\n"
                                   : "Content-Type: application/json\r\n")
                   + "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    c->send(request + "\r\n" + body);
    const auto answer = c->next();
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
    const QJsonObject json = answer->json();
    QString message;
    switch (family) {
    case Fam::Properties: {
        const QJsonObject error = json.value(u"Error"_s).toObject();
        QCOMPARE(error.value(u"Code"_s).toString(), u"INVALID_PARAMETER"_s);
        QCOMPARE(error.value(u"Parameter"_s).toString(), field);
        message = error.value(u"Message"_s).toString();
        break;
    }
    case Fam::Broadcast: {
        const QJsonObject error = json.value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QCOMPARE(error.value(u"code"_s).toString(), u"invalid"_s);
        message = error.value(u"message"_s).toString();
        break;
    }
    case Fam::Twilio:
    case Fam::SignalWire:
        QCOMPARE(json.value(u"code"_s).toInt(), 20002);
        QCOMPARE(json.value(u"status"_s).toInt(), 400);
        message = json.value(u"message"_s).toString();
        QVERIFY2(message.startsWith(field), qPrintable(message));
        break;
    }
    QVERIFY2(message.contains(messageContains), qPrintable(message));
    QVERIFY(c->isConnected()); // a validation error, not a broken connection
    QCOMPARE(propertyCount(), before);
}

void tst_FrontDoor::numberBodiesAreCheckedWhateverTheirContentType_data()
{
    QTest::addColumn<Fam>("family");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("twilio, text/plain")
        << Fam::Twilio << QByteArray("Content-Type: text/plain\r\n");
    QTest::newRow("twilio, json")
        << Fam::Twilio << QByteArray("Content-Type: application/json\r\n");
    QTest::newRow("signalwire, none") << Fam::SignalWire << QByteArray();
}

void tst_FrontDoor::numberBodiesAreCheckedWhateverTheirContentType()
{
    // Twilio's and SignalWire's handlers read any body as a form, so its text is checked as
    // one whatever the Content-Type says: an update with an override is refused, and the
    // number keeps its name.
    QFETCH(Fam, family);
    QFETCH(QByteArray, contentType);
    QVERIFY(start());
    auto c = client();
    QVERIFY(c);
    const QByteArray list = accountPath(family).toUtf8();
    c->send("GET " + list + "?PageSize=1 HTTP/1.1\r\nHost: x\r\n" + auth(family) + "\r\n");
    const auto listed = c->next();
    QVERIFY(listed);
    const QJsonObject number =
        listed->json().value(u"incoming_phone_numbers"_s).toArray().at(0).toObject();
    const QByteArray sid = number.value(u"sid"_s).toString().toUtf8();
    const QByteArray path = list.chopped(5) + '/' + sid + ".json";
    QVERIFY2(!sid.isEmpty(), listed->body.left(300).constData());

    const QByteArray body = "FriendlyName=Invoice%E2%80%AEfdp.exe";
    c->send("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth(family) + contentType
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const auto refused = c->next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 400);
    QCOMPARE(refused->json().value(u"code"_s).toInt(), 20002);
    QVERIFY2(refused->json().value(u"message"_s).toString().startsWith(u"FriendlyName"_s),
             refused->body.constData());

    c->send("GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth(family) + "\r\n");
    const auto read = c->next();
    QVERIFY(read);
    QCOMPARE(read->json().value(u"friendly_name"_s), number.value(u"friendly_name"_s));
}

void tst_FrontDoor::validUnicodeNamesRoundTrip()
{
    QVERIFY(start());
    const QString name = u"Café 東京 🚀 שלום"_s + QChar(0x200f); // a mark is allowed
    const QByteArray body = QJsonDocument(QJsonObject{{u"Name"_s, name},
                                                      {u"MainDomain"_s, u"cafe.example.com"_s},
                                                      {u"TimeZone"_s, u"UTC"_s}})
                                .toJson(QJsonDocument::Compact);
    auto c = client();
    QVERIFY(c);
    c->send("POST /v2/Properties HTTP/1.1\r\nHost: x\r\n" + auth(Fam::Properties)
            + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const auto created = c->next();
    QVERIFY(created);
    QCOMPARE(created->status, 200);
    const QString sid =
        created->json().value(u"Property"_s).toObject().value(u"PropertySid"_s).toString();
    c->send("GET /v2/Properties/" + sid.toUtf8() + " HTTP/1.1\r\nHost: x\r\n"
            + auth(Fam::Properties) + "\r\n");
    const auto read = c->next();
    QVERIFY(read);
    QCOMPARE(read->json().value(u"Property"_s).toObject().value(u"Name"_s).toString(), name);
}

QTEST_GUILESS_MAIN(tst_FrontDoor)
#include "tst_frontdoor.moc"
