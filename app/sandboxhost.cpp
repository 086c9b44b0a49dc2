#include "sandboxhost.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxHost, "switchboard.app.sandboxhost")

// Lives in the sandbox thread; owns the server there.
class SandboxWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxWorker)

public:
    SandboxWorker() = default;
    ~SandboxWorker() override = default;

    void start(const SandboxOptions &options)
    {
        m_server = new SandboxServer(this);
        QString error;
        if (!m_server->start(options, &error)) {
            delete m_server;
            m_server = nullptr;
            emit failed(error);
            return;
        }
        emit started(SandboxEndpoint{m_server->baseUrl(), m_server->credentials()});
    }

signals:
    void started(const SandboxEndpoint &endpoint);
    void failed(const QString &message);

private:
    SandboxServer *m_server = nullptr;
};

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SandboxEndpoint>();
    m_thread.setObjectName(u"sandbox"_s);
}

SandboxHost::~SandboxHost()
{
    if (m_thread.isRunning()) {
        m_cancel = true; // a seed of 100,000 numbers would otherwise hold the exit for seconds
        // The worker (and the server, its child) is deleted in its thread on finished().
        m_thread.quit();
        m_thread.wait();
    }
}

void SandboxHost::start(const SandboxOptions &options)
{
    if (m_worker)
        return;
    m_starting = true;
    m_worker = new SandboxWorker;
    m_worker->moveToThread(&m_thread);
    SandboxOptions withCancel = options;
    withCancel.cancel = &m_cancel;
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SandboxWorker::started, this, [this](const SandboxEndpoint &endpoint) {
        m_starting = false;
        m_running = true;
        m_endpoint = endpoint;
        qCInfo(lcSandboxHost) << "sandbox listening on" << endpoint.baseUrl.toDisplayString();
        emit started(endpoint);
    });
    connect(m_worker, &SandboxWorker::failed, this, [this](const QString &message) {
        m_starting = false;
        qCWarning(lcSandboxHost) << "sandbox failed to start:" << message;
        emit failed(message);
    });
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, withCancel] { worker->start(withCancel); },
        Qt::QueuedConnection);
}

#include "sandboxhost.moc"
