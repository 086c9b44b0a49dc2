#include "sandboxhttpserver.h"

#include "broadcastapi.h"
#include "familyerrors.h"
#include "frontdoor.h"
#include "sandboxlog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    case QHttpServerRequest::Method::Options: return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect: return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace: return u"TRACE"_s;
    default: return u"UNKNOWN"_s;
    }
}

// Compares secrets in time that does not depend on where they first differ.
bool sameSecret(const QString &given, const QString &expected)
{
    const QByteArray a = given.toUtf8();
    const QByteArray b = expected.toUtf8();
    unsigned diff = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < b.size(); ++i)
        diff |= unsigned(uchar(i < a.size() ? a.at(i) : 0) ^ uchar(b.at(i)));
    return diff == 0 && !expected.isEmpty();
}

bool basicCredentials(const QHttpServerRequest &request, QString *user, QString *password)
{
    // "Basic", "basic", "BASIC": an authentication scheme is case-insensitive (RFC 9110,
    // 11.1), and any amount of white space may follow it.
    const QByteArray header = request.value("Authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.first(space).compare("Basic", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return false;
    *user = QString::fromUtf8(decoded.decoded.left(colon));
    *password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    return true;
}

// IMF-fixdate (RFC 9110, 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT", English whatever the locale.
QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

// The throttled answer's wait, as --fault retry-after asks: "2", or an HTTP date that many
// seconds ahead (rounded up, so a client that waits until then is never early) with the
// Date it is relative to, as a real server sends both.
void setRetryAfter(HttpReply &reply, const FaultOptions &faults)
{
    reply.headers.removeIf([](const auto &header) { return header.first == "Retry-After"; });
    if (!faults.retryAfterDate) {
        reply.headers.emplaceBack("Retry-After", QByteArray::number(faults.retryAfterSeconds));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until = now.addSecs(faults.retryAfterSeconds);
    if (until.time().msec() > 0)
        until = until.addMSecs(1000 - until.time().msec());
    reply.headers.emplaceBack("Date", httpDate(now));
    reply.headers.emplaceBack("Retry-After", httpDate(until));
}

} // namespace

void FaultState::set(const FaultOptions &f, bool restart)
{
    QMutexLocker lock(&mutex);
    const std::optional<quint32> inUse = faults.seed;
    faults = f;
    if (!faults.seed && (restart || !inUse))
        faults.seed = QRandomGenerator::system()->generate();
    if (faults.seed)
        rng.seed(*faults.seed);
    else
        faults.seed = inUse;
}

bool FaultState::draw(double rate)
{
    if (rate <= 0)
        return false;
    QMutexLocker lock(&mutex);
    return rng.generateDouble() < rate;
}

SandboxHttpServer::SandboxHttpServer(const Router &router, const SandboxCredentials &credentials,
                                     std::shared_ptr<FaultState> faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_credentials(credentials)
    , m_faults(std::move(faults))
{
}

SandboxHttpServer::~SandboxHttpServer() = default;

quint16 SandboxHttpServer::listenLowDelay(const QHostAddress &address, quint16 port,
                                          const ConnectionLimits &limits)
{
    auto server = std::make_unique<FrontDoor>(limits);
    server->setHttpServer(this);
    if (!server->listen(address, port)) {
        qCWarning(lcSandboxHttp, "Cannot listen: %s", qUtf8Printable(server->errorString()));
        return 0;
    }
    const quint16 bound = server->serverPort();
    bind(server.release()); // takes it as a child
    return bound;
}

bool SandboxHttpServer::throttled(int limit)
{
    // A sliding window, not calendar seconds: a burst that straddles a second boundary is
    // still one burst, so "N per second" holds for any second.
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    while (!m_recent.empty() && now - m_recent.front() >= 1000)
        m_recent.pop_front();
    if (limit > 0 && qsizetype(m_recent.size()) >= limit)
        return true; // refused requests do not count: a client that waits gets through
    m_recent.push_back(now);
    return false;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    // No query (it may hold tokens); the path escaped and cut short (it is the client's).
    const QString what = methodName(request.method()) + u" "_s + SandboxLog::shown(path);
    const Family family = FamilyErrors::familyForPath(path);
    const FaultOptions faults = m_faults->current();

    if (m_faults->draw(faults.dropRate)) {
        ++m_faults->requestCount;
        ++m_faults->dropped;
        qCDebug(lcSandboxHttp, "%s: dropped (fault)", qUtf8Printable(what));
        socket->abort(); // no answer at all: the client sees the connection close
        return true;
    }

    HttpReply reply;
    bool lost = false;
    if (throttled(faults.throttle)) {
        ++m_faults->throttled;
        reply = FamilyErrors::reply(family, FamilyErrors::Kind::TooManyRequests,
                                    u"Too many requests: at most %1 per second (fault injection)"_s
                                        .arg(faults.throttle));
        setRetryAfter(reply, faults);
    } else if (m_faults->draw(faults.errorRate)) {
        ++m_faults->errors;
        reply = FamilyErrors::reply(family, FamilyErrors::Kind::Internal,
                                    u"Internal server error (fault injection)"_s);
    } else if (HttpCall call; std::optional<HttpReply> refused = route(request, family, &call)) {
        reply = *refused;
    } else if (call.creates && m_faults->draw(faults.lateCommitRate)) {
        // The client hears nothing (the connection closes when the answer would have left);
        // the create is carried out later, as by a provider that finished after the client
        // gave up. Reads meanwhile are answered as things stand.
        lost = true;
        ++m_faults->lateCommits;
        qCDebug(lcSandboxHttp, "%s: no answer, carried out in %d ms (fault)", qUtf8Printable(what),
                faults.lateCommitMs);
        QTimer::singleShot(faults.lateCommitMs, this, [this, call, what] {
            const HttpReply late = handle(call);
            qCDebug(lcSandboxHttp, "%s: carried out late: %d", qUtf8Printable(what), late.status);
        });
    } else {
        reply = handle(call);
        if (m_faults->draw(faults.lostAnswerRate)) {
            // The handler has done its work (a create is stored); the answer goes nowhere.
            // Closed when the answer would have left, so latency still applies.
            lost = true;
            ++m_faults->lostAnswers;
            qCDebug(lcSandboxHttp, "%s: answer lost (fault)", qUtf8Printable(what));
        } else if (m_faults->draw(faults.garbleRate)) {
            // A well-formed HTTP answer whose JSON body is cut short, as a broken proxy does.
            reply.body.truncate(reply.body.size() / 2);
            ++m_faults->garbled;
            qCDebug(lcSandboxHttp, "%s: body garbled (fault)", qUtf8Printable(what));
        }
    }

    const Ending ending = lost ? Ending::Abort
                          : request.value("Connection").trimmed().toLower() == "close"
                              ? Ending::Close
                              : Ending::KeepAlive;
    if (faults.latencyMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, socket, reply, ending, what);
        return true;
    }

    // Answer later without blocking: keep the (move-only) responder, and give up quietly if
    // the client goes away meanwhile.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    FrontDoor::answerPending(socket); // not idle while its answer waits
    QTimer::singleShot(faults.latencyMs, this, [this, responder, guard, reply, ending, what] {
        FrontDoor::answerSent(guard.data());
        send(*responder, guard.data(), reply, ending, what);
    });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only a safety net.
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, socket,
         FamilyErrors::reply(Family::None, FamilyErrors::Kind::NotFound, u"Not found"_s),
         Ending::KeepAlive, SandboxLog::shown(request.url().path()));
}

void SandboxHttpServer::send(QHttpServerResponder &responder, QTcpSocket *socket,
                             const HttpReply &reply, Ending ending, const QString &what)
{
    ++m_faults->requestCount;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSandboxHttp, "%s: client left before the answer", qUtf8Printable(what));
        return;
    }
    if (ending == Ending::Abort) {
        socket->abort(); // no answer at all: the client sees the connection close
        return;
    }
    const bool closeAfter = ending == Ending::Close;
    qCDebug(lcSandboxHttp, "%s: %d", qUtf8Printable(what), reply.status);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (reply.status != 204)
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (closeAfter)
        responder.writeHeader("Connection", "close");
    responder.writeBody(reply.body);
    if (closeAfter)
        socket->disconnectFromHost(); // after the buffered answer is written
}

std::optional<HttpReply> SandboxHttpServer::authenticate(const QHttpServerRequest &request,
                                                         HttpCall *call) const
{
    const auto denied = [&](const QString &message) {
        return FamilyErrors::reply(call->family, FamilyErrors::Kind::Unauthorized, message);
    };
    const QString wrong = u"Authentication failed: the credentials are missing or wrong"_s;

    switch (call->family) {
    case Family::None:
        return std::nullopt;
    case Family::Properties: {
        QString user, password;
        if (!basicCredentials(request, &user, &password)
            || !sameSecret(user, m_credentials.propertiesAccountSid)
            || !sameSecret(password, m_credentials.propertiesAuthToken)) {
            return denied(wrong);
        }
        call->accountId = user;
        return std::nullopt;
    }
    case Family::Broadcast: {
        // Each key is its organisation's: the handlers scope every query by accountId.
        const QString key = QString::fromUtf8(request.value("X-API-Key").trimmed());
        if (sameSecret(key, m_credentials.broadcastApiKey))
            call->accountId = BroadcastApi::PrimaryOrg;
        else if (sameSecret(key, m_credentials.broadcastOtherOrgApiKey))
            call->accountId = BroadcastApi::OtherOrg;
        else
            return denied(u"Authentication failed: the X-API-Key header is missing or wrong"_s);
        return std::nullopt;
    }
    case Family::Twilio:
    case Family::SignalWire: {
        const bool sw = call->family == Family::SignalWire;
        const QString &expectedUser = sw ? m_credentials.signalwireProjectId
                                         : m_credentials.twilioAccountSid;
        const QString &expectedSecret = sw ? m_credentials.signalwireToken
                                           : m_credentials.twilioAuthToken;
        QString user, password;
        if (!basicCredentials(request, &user, &password))
            return denied(wrong);
        // A Twilio API key (SK…) acts for its account, named in the path.
        const bool apiKey = !sw && user.startsWith(u"SK");
        if (apiKey) {
            if (!sameSecret(user, m_credentials.twilioApiKeySid)
                || !sameSecret(password, m_credentials.twilioApiKeySecret)) {
                return denied(wrong);
            }
            user = m_credentials.twilioAccountSid;
        } else if (!sw && !m_credentials.twilioSubaccountSid.isEmpty()
                   && sameSecret(user, m_credentials.twilioSubaccountSid)) {
            // The subaccount signs in with its own SID and token.
            if (!sameSecret(password, m_credentials.twilioSubaccountAuthToken))
                return denied(wrong);
        } else if (!sameSecret(user, expectedUser) || !sameSecret(password, expectedSecret)) {
            return denied(wrong);
        }
        // /2010-04-01/Accounts/{id}/... or /api/laml/2010-04-01/Accounts/{id}/...
        const QStringList parts = call->path.split(u'/', Qt::SkipEmptyParts);
        const int accountsAt = parts.value(0) == u"api" ? 3 : 1;
        if (parts.value(accountsAt) == u"Accounts" && parts.size() > accountsAt + 1) {
            QString id = parts.at(accountsAt + 1);
            if (id.endsWith(u".json"))
                id.chop(5);
            if (id != user) {
                return denied(u"Authentication failed: the account in the path does not match "
                              "the credentials"_s);
            }
            call->accountPrefix = u"/"_s + parts.mid(0, accountsAt + 2).join(u'/');
        }
        call->accountId = user;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<HttpReply> SandboxHttpServer::route(const QHttpServerRequest &request,
                                                 Family family, HttpCall *out)
{
    HttpCall &call = *out;
    call.method = methodName(request.method());
    call.path = request.url().path();
    // HTML-form encoding, which Twilio's helper libraries use, writes a space as '+';
    // QUrlQuery alone would keep it as a literal plus.
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(u'+', u"%20"_s);
    call.query = QUrlQuery(rawQuery);
    call.body = request.body();
    call.contentType = request.value("Content-Type");
    call.family = family;

    if (auto denied = authenticate(request, &call))
        return *denied;
    // Every query parameter and every field of a form body is a text field: refused, naming
    // it, when it is not UTF-8 or holds control or bidirectional characters. Twilio's and
    // SignalWire's handlers read any body as a form, whatever its Content-Type says.
    if (auto refused = FamilyErrors::checkFormFields(family, rawQuery))
        return *refused;
    const bool readAsForm = family == Family::Twilio || family == Family::SignalWire
                            || call.contentType.trimmed().toLower().startsWith(
                                "application/x-www-form-urlencoded");
    if (readAsForm && !call.body.isEmpty()) {
        if (auto refused = FamilyErrors::checkFormFields(family, QString::fromLatin1(call.body)))
            return *refused;
    }

    Router::Match match = m_router.match(family, call.method, call.path);
    if (!match.found()) {
        if (!match.allowedMethods.isEmpty()) {
            HttpReply reply = FamilyErrors::reply(
                family, FamilyErrors::Kind::MethodNotAllowed,
                u"%1 is not allowed on %2"_s.arg(call.method, SandboxLog::shown(call.path)));
            reply.headers.emplaceBack("Allow", match.allowedMethods.join(u", "_s).toLatin1());
            return reply;
        }
        return FamilyErrors::reply(
            family, FamilyErrors::Kind::NotFound,
            u"The requested resource %1 was not found"_s.arg(SandboxLog::shown(call.path)));
    }
    call.params = std::move(match.params);
    call.creates = match.creates;
    return std::nullopt;
}

HttpReply SandboxHttpServer::handle(const HttpCall &call) const
{
    // Routed again from the call alone: a late commit runs after the request is gone.
    const Router::Match match = m_router.match(call.family, call.method, call.path);
    if (!match.found()) {
        return FamilyErrors::reply(call.family, FamilyErrors::Kind::NotFound,
                                   u"The requested resource %1 was not found"_s.arg(
                                       SandboxLog::shown(call.path)));
    }
    return match.handler(call);
}
