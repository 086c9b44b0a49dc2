#pragma once

#include "router.h"
#include "sandboxserver.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>

#include <atomic>
#include <deque>
#include <memory>

class QHttpServerResponder;

// Faults and counters shared between SandboxServer (any thread) and its HTTP server.
struct FaultState
{
    mutable QMutex mutex;
    FaultOptions faults;                // guarded by mutex; its seed is set once started
    QRandomGenerator rng;               // guarded by mutex
    std::atomic<quint64> requestCount{0};
    std::atomic<quint64> dropped{0}, throttled{0}, errors{0}, lostAnswers{0}, garbled{0}, lateCommits{0};

    FaultOptions current() const
    {
        QMutexLocker lock(&mutex);
        return faults;
    }
    // The faults from now on. With a seed the generator starts afresh from it; without one it
    // draws on (so a test may change faults between requests without replaying the same
    // draws), unless `restart`, when a seed is picked at random. faults.seed then says the
    // seed the generator last started from, for the log: a run can be replayed.
    void set(const FaultOptions &f, bool restart = false);
    void resetCounts()
    {
        for (std::atomic<quint64> *n : {&dropped, &throttled, &errors, &lostAnswers, &garbled, &lateCommits})
            n->store(0);
    }
    // True with probability `rate` (never a draw for a rate of 0, so that adding a fault
    // does not change the draws of a configuration without it).
    bool draw(double rate);
};

// The HTTP layer: authentication per family, routing, fault injection and writing answers.
// A QAbstractHttpServer subclass so that it holds the socket: a dropped connection is
// closed without a word, and a delayed answer is written later from a timer while the
// event loop goes on (the responder is kept alive in a shared_ptr, the socket guarded by a
// QPointer). Every answer is JSON; connections stay open unless the client asks to close,
// in which case the answer says "Connection: close" before the socket closes.
//
// Order for each request: faults (drop, then throttle, then error-rate: an injected error
// changes nothing), then the credentials of the family the path prefix belongs to (so a
// wrong credential gets 401 even on an unknown path), then routing (404, 405 with Allow),
// then the handler; after it, lost-answer (the work is done, the connection closes without
// an answer) or garble. A creating POST may instead be a late commit: no answer, and the
// handler runs late-commit-ms later. Latency delays whatever answer results.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    SandboxHttpServer(const Router &router, const SandboxCredentials &credentials,
                      std::shared_ptr<FaultState> faults, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Like listen(), but every accepted connection has TCP_NODELAY set, so an answer leaves
    // at once. Returns the port, or 0 when it cannot listen.
    // Connections go through a FrontDoor with these limits (timeouts, a cap, the size of a
    // request's head and body).
    quint16 listenLowDelay(const QHostAddress &address, quint16 port,
                           const ConnectionLimits &limits = {});

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Authenticates, checks the text fields and routes: nullopt with *call filled when a
    // handler takes it (handle()), otherwise the answer (401, 404, 405...).
    std::optional<HttpReply> route(const QHttpServerRequest &request, Family family,
                                   HttpCall *call);
    HttpReply handle(const HttpCall &call) const;
    // nullopt when the request carries the family's credentials (and fills call->accountId,
    // call->accountPrefix); otherwise the family's 401.
    std::optional<HttpReply> authenticate(const QHttpServerRequest &request, HttpCall *call) const;
    bool throttled(int limit);
    // What happens to the connection once the answer is due.
    enum class Ending {
        KeepAlive, // answer, keep the connection open
        Close,     // answer with "Connection: close", then close
        Abort,     // no answer: close at once (lost-answer fault)
    };
    void send(QHttpServerResponder &responder, QTcpSocket *socket, const HttpReply &reply,
              Ending ending, const QString &what);

    const Router &m_router;
    SandboxCredentials m_credentials;
    std::shared_ptr<FaultState> m_faults;
    QElapsedTimer m_clock;         // throttle: a sliding one-second window
    std::deque<qint64> m_recent;   // accepted requests' times (ms on m_clock), last second
};
