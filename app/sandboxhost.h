#pragma once

#include <atomic>

#include "sandboxserver.h"

#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QUrl>

// Where the embedded sandbox listens and how to log in to it.
struct SandboxEndpoint
{
    QUrl baseUrl;
    SandboxCredentials credentials;
};
Q_DECLARE_METATYPE(SandboxEndpoint)

class SandboxWorker;

// Runs the embedded SandboxServer on its own thread, so seeding and SQLite never block the
// GUI thread. The server is created, started and destroyed in that thread; readiness comes
// back as a queued signal.
//
//     auto *host = new SandboxHost(this);
//     connect(host, &SandboxHost::started, this, [](const SandboxEndpoint &e) { ... });
//     connect(host, &SandboxHost::failed, this, [](const QString &why) { ... });
//     host->start(options);
//
// Destroying the host stops the server and joins the thread.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts the thread and, in it, the server. Call once.
    void start(const SandboxOptions &options);
    bool isStarting() const { return m_starting; }
    bool isRunning() const { return m_running; }
    SandboxEndpoint endpoint() const { return m_endpoint; }

signals:
    void started(const SandboxEndpoint &endpoint);
    void failed(const QString &message);

private:
    QThread m_thread;
    std::atomic_bool m_cancel{false}; // quitting: a long seed stops early
    SandboxWorker *m_worker = nullptr;
    SandboxEndpoint m_endpoint;
    bool m_starting = false;
    bool m_running = false;
};
