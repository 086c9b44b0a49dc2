#include "frontdoor.h"

#include "familyerrors.h"
#include "sandboxlog.h"

#include <QAbstractHttpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

#include <sys/resource.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

// Descriptors kept free for everything but connections: SQLite's database, WAL and
// shared-memory files, the listening socket, the signal pipe, the event loop's own.
constexpr int DescriptorReserve = 32;
// A refused connection is half-closed, then drained this long (or this much) before it
// closes, so the client reads the answer rather than a reset.
constexpr int LingerMs = 2000;
constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;

int capForDescriptors(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const qint64 room = qint64(limit.rlim_cur) - DescriptorReserve;
    return int(std::clamp<qint64>(room, 1, std::max(wanted, 1)));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QByteArrayView chopCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

// What Qt's parser skips before a request line.
bool isLeadingSpace(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v';
}

// The bytes of the request the HTTP server is reading now, from its first byte, without
// consuming anything. While Qt's parser is inside a request it holds a read transaction
// open from that request's start (committed when the request is complete), and peek()
// would only show what it has not read yet: roll the transaction back to see the whole
// head, then start it again and read up to where the parser was.
QByteArray peekCurrentRequest(QTcpSocket *socket, qint64 max)
{
    if (!socket->isTransactionStarted())
        return socket->peek(max);
    const qint64 unread = socket->bytesAvailable();
    socket->rollbackTransaction();
    qint64 consumed = socket->bytesAvailable() - unread;
    const QByteArray head = socket->peek(max);
    socket->startTransaction();
    char scratch[4096];
    while (consumed > 0) {
        const qint64 n = socket->read(scratch, std::min<qint64>(consumed, sizeof scratch));
        if (n <= 0)
            break;
        consumed -= n;
    }
    return head;
}

} // namespace

// One per accepted connection, a child of its socket (deleted with it).
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(FrontDoor *door, QTcpSocket *socket)
        : QObject(socket)
        , m_door(door)
        , m_socket(socket)
        , m_lastActivity(door->now())
        , m_requestStart(door->now())
    {
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            m_lastActivity = m_door->now();
            if (m_closingSince >= 0 && m_socket->bytesToWrite() == 0)
                halfClose();
        });
    }

    bool isClosing() const { return m_closingSince >= 0; }
    bool isBusy() const { return m_pendingAnswers > 0; }
    // Bytes of a request are buffered or being parsed.
    bool isMidRequest() const
    {
        return m_socket->isTransactionStarted() || m_socket->bytesAvailable() > 0;
    }
    qint64 lastActivity() const { return m_lastActivity; }

    void answerPending() { ++m_pendingAnswers; }
    void answerSent()
    {
        m_pendingAnswers = std::max(0, m_pendingAnswers - 1);
        m_lastActivity = m_door->now();
    }

    // From the door's sweep timer.
    void check(qint64 now)
    {
        const ConnectionLimits &limits = m_door->m_limits;
        if (isClosing()) {
            if (now - m_closingSince >= LingerMs)
                m_socket->abort();
            return;
        }
        if (isBusy())
            return;
        if (isMidRequest()) {
            if (!m_headChecked && now - m_requestStart >= limits.headerTimeoutMs) {
                refuse(FamilyErrors::Kind::RequestTimeout,
                       u"The request's headers did not arrive within %1 s"_s
                           .arg(limits.headerTimeoutMs / 1000.0));
            } else if (m_headChecked && now - m_lastActivity >= limits.headerTimeoutMs) {
                refuse(FamilyErrors::Kind::RequestTimeout,
                       u"The request's body stopped arriving for %1 s"_s
                           .arg(limits.headerTimeoutMs / 1000.0));
            }
            return;
        }
        if (m_requests == 0 && now - m_requestStart >= limits.headerTimeoutMs) {
            qCDebug(lcSandboxHttp, "A connection that sent nothing for %d ms: closed",
                    limits.headerTimeoutMs);
            m_socket->abort();
        } else if (m_requests > 0 && now - m_lastActivity >= limits.idleTimeoutMs) {
            qCDebug(lcSandboxHttp, "A connection idle for %d ms: closed", limits.idleTimeoutMs);
            m_socket->abort();
        }
    }

    // To make room under the connection cap: its descriptor is freed at once.
    void evict() { m_socket->abort(); }

private:
    void onReadyRead()
    {
        const qint64 now = m_door->now();
        m_lastActivity = now;
        if (isClosing()) {
            m_drained += m_socket->skip(m_socket->bytesAvailable());
            if (m_drained > MaxDrainBytes)
                m_socket->abort();
            return;
        }
        if (!m_socket->isTransactionStarted() && m_headChecked) {
            // The last request went to the server whole: these bytes start the next one.
            m_headChecked = false;
            m_requestStart = now;
        }
        if (!m_headChecked)
            inspect();
    }

    // Looks at the current request's head; answers and closes if it breaks a limit.
    void inspect()
    {
        const ConnectionLimits &limits = m_door->m_limits;
        const QByteArray data = peekCurrentRequest(m_socket, limits.maxHeadBytes + 1);
        qsizetype pos = 0;
        while (pos < data.size() && isLeadingSpace(data.at(pos)))
            ++pos;
        if (pos == data.size()) {
            if (data.size() > limits.maxHeadBytes)
                refuse(FamilyErrors::Kind::BadRequest, u"Expected a request, got blank lines"_s);
            return;
        }

        // Request line: METHOD SP target SP HTTP/x.y
        const qsizetype lineEnd = data.indexOf('\n', pos);
        const QByteArrayView line = chopCr(QByteArrayView(data).sliced(
            pos, (lineEnd < 0 ? data.size() : lineEnd) - pos));
        const QList<QByteArrayView> parts = [&] {
            QList<QByteArrayView> list;
            for (qsizetype at = 0; at < line.size();) {
                const qsizetype space = line.indexOf(' ', at);
                const qsizetype end = space < 0 ? line.size() : space;
                if (end > at)
                    list.append(line.sliced(at, end - at));
                at = end + 1;
            }
            return list;
        }();
        if (parts.size() >= 2) {
            const QString path = QUrl::fromEncoded(parts.at(1).toByteArray()).path();
            m_family = FamilyErrors::familyForPath(path);
            m_what = QString::fromLatin1(parts.at(0).first(std::min<qsizetype>(parts.at(0).size(), 16))) + u" "_s + SandboxLog::shown(path);
        }
        if (line.size() > limits.maxRequestLineBytes) {
            refuse(FamilyErrors::Kind::UriTooLong,
                   u"The request line is longer than %1 bytes"_s.arg(limits.maxRequestLineBytes));
            return;
        }
        if (lineEnd < 0)
            return; // more to come
        if (parts.size() != 3 || !isToken(parts.at(0))
            || !(parts.at(2) == "HTTP/1.1" || parts.at(2) == "HTTP/1.0")) {
            refuse(FamilyErrors::Kind::BadRequest,
                   u"The request line is not “METHOD /path HTTP/1.1”"_s);
            return;
        }

        // Headers, up to the blank line that ends them.
        const qsizetype headersStart = lineEnd + 1;
        const QByteArrayView rest = QByteArrayView(data).sliced(headersStart);
        qsizetype headEnd = -1; // in `data`, just past the blank line
        if (rest.startsWith("\r\n")) {
            headEnd = headersStart + 2;
        } else if (rest.startsWith("\n")) {
            headEnd = headersStart + 1;
        } else {
            const qsizetype crlf = rest.indexOf("\n\r\n");
            const qsizetype lf = rest.indexOf("\n\n");
            if (crlf >= 0 && (lf < 0 || crlf < lf))
                headEnd = headersStart + crlf + 3;
            else if (lf >= 0)
                headEnd = headersStart + lf + 2;
        }
        const QByteArrayView headers =
            headEnd < 0 ? rest : QByteArrayView(data).sliced(headersStart, headEnd - headersStart);

        int fields = 0;
        QList<QByteArray> lengths;
        bool transferEncoding = false;
        bool websocket = false;
        for (qsizetype at = 0; at < headers.size();) {
            const qsizetype nl = headers.indexOf('\n', at);
            const bool complete = nl >= 0;
            const QByteArrayView field = chopCr(headers.sliced(at, (complete ? nl : headers.size()) - at));
            at = complete ? nl + 1 : headers.size();
            if (field.size() > limits.maxHeaderFieldBytes) {
                refuse(FamilyErrors::Kind::HeaderFieldsTooLarge,
                       u"A header line is longer than %1 bytes"_s.arg(limits.maxHeaderFieldBytes));
                return;
            }
            if (!complete || field.isEmpty())
                break; // the rest is still arriving, or this is the blank line
            if (++fields > limits.maxHeaderFields) {
                refuse(FamilyErrors::Kind::HeaderFieldsTooLarge,
                       u"More than %1 header lines"_s.arg(limits.maxHeaderFields));
                return;
            }
            if (field.startsWith(' ') || field.startsWith('\t')) {
                refuse(FamilyErrors::Kind::BadRequest,
                       u"A header line starts with white space (obsolete line folding)"_s);
                return;
            }
            const qsizetype colon = field.indexOf(':');
            if (colon <= 0 || !isToken(field.first(colon))) {
                refuse(FamilyErrors::Kind::BadRequest, u"A header line is not “Name: value”"_s);
                return;
            }
            const QByteArrayView name = field.first(colon);
            const QByteArray value = field.sliced(colon + 1).trimmed().toByteArray();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                lengths.append(value);
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                transferEncoding = true;
            else if (name.compare("Upgrade", Qt::CaseInsensitive) == 0
                     && value.toLower().contains("websocket"))
                websocket = true;
        }
        if (headEnd < 0) {
            if (data.size() > limits.maxHeadBytes) {
                refuse(FamilyErrors::Kind::HeaderFieldsTooLarge,
                       u"The request's headers are larger than %1 bytes"_s.arg(limits.maxHeadBytes));
            }
            return; // more to come; the header timeout runs meanwhile
        }

        if (websocket) {
            refuse(FamilyErrors::Kind::BadRequest, u"This server does not speak WebSocket"_s);
            return;
        }
        qint64 length = 0;
        for (const QByteArray &value : std::as_const(lengths)) {
            if (value.isEmpty()
                || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                refuse(FamilyErrors::Kind::BadRequest,
                       u"Content-Length must be a whole number of bytes, 0 or more"_s);
                return;
            }
            if (value != lengths.constFirst()) {
                refuse(FamilyErrors::Kind::BadRequest,
                       u"Content-Length is given twice with different values"_s);
                return;
            }
            length = value.size() > 18 ? std::numeric_limits<qint64>::max() : value.toLongLong();
        }
        if (transferEncoding) {
            if (!lengths.isEmpty()) {
                refuse(FamilyErrors::Kind::BadRequest,
                       u"A request cannot have both Content-Length and Transfer-Encoding"_s);
            } else {
                refuse(FamilyErrors::Kind::LengthRequired,
                       u"Send the body with a Content-Length; chunked bodies are not accepted"_s);
            }
            return;
        }
        if (length > limits.maxBodyBytes) {
            refuse(FamilyErrors::Kind::PayloadTooLarge,
                   u"The request body is larger than this server's limit of %1 bytes"_s
                       .arg(limits.maxBodyBytes));
            return;
        }
        m_headChecked = true; // the HTTP server takes it from here
        ++m_requests;
    }

    // Answers for the HTTP server, which is stopped from reading any further, then closes.
    void refuse(FamilyErrors::Kind kind, const QString &message)
    {
        const HttpReply reply = FamilyErrors::reply(m_family, kind, message);
        qCInfo(lcSandboxHttp, "%s: %d, connection closed: %s",
               qUtf8Printable(m_what.isEmpty() ? u"(no request line yet)"_s : m_what), reply.status,
               qUtf8Printable(message));
        if (m_door->m_http)
            QObject::disconnect(m_socket, &QIODevice::readyRead, m_door->m_http, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->rollbackTransaction();
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                            + reasonPhrase(reply.status) + "\r\n";
        answer += "Content-Type: application/json\r\n";
        answer += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            answer += name + ": " + value + "\r\n";
        answer += "Connection: close\r\n\r\n";
        answer += reply.body;
        m_socket->write(answer);
        m_closingSince = m_door->now();
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0)
            halfClose();
    }

    // FIN after the answer, but go on reading: closing a socket with unread data sends a
    // reset, which can destroy the answer before the client reads it.
    void halfClose()
    {
        if (m_halfClosed || m_socket->socketDescriptor() < 0)
            return;
        m_halfClosed = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }

    FrontDoor *m_door;
    QTcpSocket *m_socket;
    qint64 m_lastActivity;
    qint64 m_requestStart; // the current request's first byte (or the connection's start)
    qint64 m_closingSince = -1;
    qint64 m_drained = 0;
    int m_pendingAnswers = 0;
    int m_requests = 0;        // handed to the HTTP server
    bool m_headChecked = false; // the current request's head passed
    bool m_halfClosed = false;
    Family m_family = Family::None;
    QString m_what; // "POST /v2/Properties", escaped and capped, for the log
};

FrontDoor::FrontDoor(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_cap(capForDescriptors(limits.maxConnections))
    , m_sweep(new QTimer(this))
{
    m_clock.start();
    const int shortest = std::min(limits.headerTimeoutMs, limits.idleTimeoutMs);
    m_sweep->setInterval(std::clamp(shortest / 5, 50, 1000));
    connect(m_sweep, &QTimer::timeout, this, &FrontDoor::sweep);
    m_sweep->start();
    connect(this, &QTcpServer::acceptError, this, &FrontDoor::onAcceptError);
    if (m_cap < limits.maxConnections) {
        qCInfo(lcSandboxHttp, "At most %d connections at once (the descriptor limit allows no "
                              "more than that)", m_cap);
    }
}

FrontDoor::~FrontDoor() = default;

int FrontDoor::openConnections() const
{
    return int(std::count_if(m_guards.cbegin(), m_guards.cend(),
                             [](const QPointer<ConnectionGuard> &g) { return !g.isNull(); }));
}

void FrontDoor::answerPending(QTcpSocket *socket)
{
    if (auto *guard = socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                             : nullptr) {
        guard->answerPending();
    }
}

void FrontDoor::answerSent(QTcpSocket *socket)
{
    if (auto *guard = socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                             : nullptr) {
        guard->answerSent();
    }
}

void FrontDoor::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this); // as QTcpServer's own, plus the option and the guard
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcSandboxHttp, "Cannot take a new connection: %s",
                  qUtf8Printable(socket->errorString()));
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    m_guards.removeIf([](const QPointer<ConnectionGuard> &g) { return g.isNull(); });
    if (m_guards.size() >= m_cap && !evictOne()) {
        // Every connection is waiting for an answer: this one cannot be served now.
        qCInfo(lcSandboxHttp, "%d connections, each waiting for its answer: a new one refused",
               m_cap);
        const HttpReply reply = FamilyErrors::reply(
            Family::None, FamilyErrors::Kind::ServiceUnavailable,
            u"Too many connections; try again in a moment"_s);
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Retry-After: 1\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body);
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    // Connected before the HTTP server connects its own slot (in addPendingConnection),
    // so the guard looks at every arrival first.
    m_guards.append(new ConnectionGuard(this, socket));
    addPendingConnection(socket);
}

bool FrontDoor::evictOne()
{
    // The longest-idle connection between requests; failing that, the slowest one
    // mid-request (a client trickling its headers). Never one waiting for its answer.
    ConnectionGuard *idle = nullptr;
    ConnectionGuard *slow = nullptr;
    for (const QPointer<ConnectionGuard> &guard : std::as_const(m_guards)) {
        if (!guard || guard->isBusy())
            continue;
        if (guard->isClosing()) { // already on its way out: finish it now
            idle = guard;
            break;
        }
        ConnectionGuard *&pick = guard->isMidRequest() ? slow : idle;
        if (!pick || guard->lastActivity() < pick->lastActivity())
            pick = guard;
    }
    ConnectionGuard *victim = idle ? idle : slow;
    if (!victim)
        return false;
    qCDebug(lcSandboxHttp, "%d connections: closed the longest-idle one", int(m_guards.size()));
    victim->evict();
    m_guards.removeIf([victim](const QPointer<ConnectionGuard> &g) {
        return g.isNull() || g.data() == victim;
    });
    return true;
}

void FrontDoor::sweep()
{
    const qint64 at = now();
    // check() may close a socket, which deletes its guard later; iterate over a copy.
    const QList<QPointer<ConnectionGuard>> guards = m_guards;
    for (const QPointer<ConnectionGuard> &guard : guards) {
        if (guard)
            guard->check(at);
    }
    m_guards.removeIf([](const QPointer<ConnectionGuard> &g) { return g.isNull(); });
}

void FrontDoor::onAcceptError(QAbstractSocket::SocketError error)
{
    // Out of descriptors (EMFILE), QTcpServer stops accepting for good. Make room, then
    // accept again shortly, rather than leave every new client waiting forever.
    qCWarning(lcSandboxHttp, "Cannot accept a connection (%s); closing the longest-idle one",
              qUtf8Printable(errorString()));
    Q_UNUSED(error)
    m_guards.removeIf([](const QPointer<ConnectionGuard> &g) { return g.isNull(); });
    evictOne();
    QTimer::singleShot(50, this, [this] {
        if (isListening())
            resumeAccepting();
    });
}

#include "frontdoor.moc"
