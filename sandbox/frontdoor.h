#pragma once

#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTcpServer>

class ConnectionGuard;
class QAbstractHttpServer;
class QTcpSocket;
class QTimer;

// The sandbox's own listening socket, in front of Qt HttpServer 6.4, which reads and parses
// a whole request (body included, without limit) before handleRequest() sees it, never
// times a connection out and has no cap on connections.
//
// Every accepted connection gets TCP_NODELAY (an answer leaves in several writes: without
// it each write after the first waits for the client's delayed ACK, about 40 ms) and a
// ConnectionGuard whose readyRead slot is connected before the HTTP server's, so it runs
// first on every arrival. The guard peek()s the current request's head (the bytes Qt's
// parser has not committed yet) and, when a limit is broken, answers for itself in the
// family's error shape, stops the HTTP server from reading further, and closes:
//   400  malformed request line or header, a Content-Length that is negative, not a
//        number or given twice with different values, Content-Length with
//        Transfer-Encoding, "Upgrade: websocket" (Qt would answer it twice)
//   411  Transfer-Encoding (chunked bodies cannot be measured before they are read)
//   413  Content-Length over ConnectionLimits::maxBodyBytes, before any of the body is read
//   414  a request line over maxRequestLineBytes
//   431  more than maxHeaderFields header lines, one over maxHeaderFieldBytes, or a head
//        over maxHeadBytes
//   408  a head not complete headerTimeoutMs after its first byte, or a body that pauses
//        that long
// It also closes, without a word, a connection that sent nothing for headerTimeoutMs after
// connecting or idleTimeoutMs after its last answer, and keeps at most maxConnections
// (lowered to fit the process's descriptor limit): a new connection past the cap closes the
// longest-idle one first, so legitimate requests are answered while idle ones pile up.
// A refused connection is half-closed and drained for a moment before it closes, so the
// client reads the answer instead of a reset.
//
//     auto door = std::make_unique<FrontDoor>(limits);
//     if (door->listen(address, port)) httpServer->bind(door.release());
//     // an answer that will be written later (latency fault):
//     FrontDoor::answerPending(socket); ... FrontDoor::answerSent(socket);
class FrontDoor final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoor)

public:
    explicit FrontDoor(const ConnectionLimits &limits, QObject *parent = nullptr);
    ~FrontDoor() override;

    // The server whose readyRead handling the guards stop when they refuse a request: the
    // one this door is bound to. Set before listening.
    void setHttpServer(QAbstractHttpServer *server) { m_http = server; }

    // The cap in force: maxConnections, or less to fit under the descriptor limit.
    int connectionCap() const { return m_cap; }
    int openConnections() const;

    // An answer to a request on `socket` is due later: while one is pending, the connection
    // is not idle, whatever the time.
    static void answerPending(QTcpSocket *socket);
    static void answerSent(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionGuard;
    void sweep();
    void onAcceptError(QAbstractSocket::SocketError error);
    // Closes the longest-idle connection to make room; false if every one is busy.
    bool evictOne();
    qint64 now() const { return m_clock.elapsed(); }

    ConnectionLimits m_limits;
    int m_cap;
    QPointer<QAbstractHttpServer> m_http;
    QList<QPointer<ConnectionGuard>> m_guards;
    QElapsedTimer m_clock;
    QTimer *m_sweep;
};
