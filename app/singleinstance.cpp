#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "switchboard.instance")

namespace {
constexpr int protocolVersion = 1;
constexpr qsizetype maxMessageBytes = 64 * 1024; // options are small; anything else is noise
constexpr int serverReadTimeoutMs = 5000;        // a later start that connects and says nothing
constexpr int retryIntervalMs = 100;

QString canonicalFolder(const QString &dir)
{
    const QFileInfo info(dir);
    QString path = info.canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    path = path.toLower(); // one folder, however it is spelled
#endif
    return path;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
{
    QDir().mkpath(dataDir);
    m_dataDir = canonicalFolder(dataDir);
    m_serverName = serverNameFor(m_dataDir);
}

SingleInstance::~SingleInstance()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
    delete m_server; // closes it, which removes the socket file, before the lock goes
    m_server = nullptr;
}

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalFolder(dataDir).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(20);
#ifdef Q_OS_UNIX
    // In the temporary folder, shared between users: the user id keeps theirs apart.
    return u"switchboard-%1-%2"_s.arg(QString::number(::getuid()), QString::fromLatin1(hash));
#else
    const QByteArray user = QCryptographicHash::hash(qEnvironmentVariable("USERNAME").toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(8);
    return u"switchboard-%1-%2"_s.arg(QString::fromLatin1(user), QString::fromLatin1(hash));
#endif
}

bool SingleInstance::claim()
{
    if (m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(QDir(m_dataDir).filePath(u"instance.lock"_s));
    // Never stale by age (a long session keeps it); one whose process is gone is taken over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool SingleInstance::isClaimed() const
{
    return m_lock != nullptr;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    if (!claim()) {
        qCWarning(lcInstance, "Cannot listen for later starts: %s is held by another instance",
                  qUtf8Printable(QDir::toNativeSeparators(m_dataDir)));
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    // We hold the lock, so nobody listens under this name: a socket file there is left over
    // from an instance that crashed. (With access options Qt may already replace it by
    // renaming its new socket over it; without, listen() fails and we remove it.)
    if (!m_server->listen(m_serverName)) {
        if (m_server->serverError() == QAbstractSocket::AddressInUseError
            && QLocalServer::removeServer(m_serverName)) {
            qCInfo(lcInstance, "Removed a stale socket left by an instance that is gone");
        }
        if (!m_server->isListening() && !m_server->listen(m_serverName)) {
            qCWarning(lcInstance, "Cannot listen for later starts on %s: %s",
                      qUtf8Printable(m_serverName), qUtf8Printable(m_server->errorString()));
            return false;
        }
    }
    qCInfo(lcInstance, "Listening for later starts on %s (data in %s)",
           qUtf8Printable(m_server->fullServerName()),
           qUtf8Printable(QDir::toNativeSeparators(m_dataDir)));
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // A connection that never says a whole line is closed, not kept forever.
        QTimer::singleShot(serverReadTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray text = socket->readLine(maxMessageBytes);
    QJsonParseError error;
    const QJsonObject message = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError
        || message.value(u"type"_s).toString() != u"activate") {
        qCWarning(lcInstance, "Ignored a message that is not an activation");
        socket->abort();
        return;
    }
    socket->setProperty("answered", true);
    // A later version may add keys; what we do not know, we leave alone.
    emit messageReceived(message.value(u"options"_s).toObject());
    socket->write(line({{u"type"_s, u"activated"_s}, {u"ok"_s, true},
                        {u"version"_s, protocolVersion}}));
    socket->disconnectFromServer(); // after the answer is written
}

void SingleInstance::handOver(const QJsonObject &options, int timeoutMs)
{
    if (m_handingOver)
        return;
    m_handingOver = true;
    m_request = line({{u"type"_s, u"activate"_s}, {u"version"_s, protocolVersion},
                      {u"options"_s, options}});
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcInstance, "The instance holding %s did not answer",
                  qUtf8Printable(QDir::toNativeSeparators(m_dataDir)));
        finishHandOver(HandOver::NoAnswer);
    });
    m_deadline->start(timeoutMs);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(retryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &SingleInstance::tryConnect);
    tryConnect();
}

void SingleInstance::tryConnect()
{
    if (!m_handingOver)
        return;
    // The running one may have just quit: then this process is the instance.
    if (claim()) {
        finishHandOver(HandOver::Claimed);
        return;
    }
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
        m_client->deleteLater();
    }
    m_answer.clear();
    m_client = new QLocalSocket(this);
    QLocalSocket *socket = m_client;
    connect(socket, &QLocalSocket::connected, this, [this, socket] { socket->write(m_request); });
    connect(socket, &QLocalSocket::readyRead, this, &SingleInstance::onClientReadyRead);
    // Not there yet (still starting), refused, or gone before it answered: try again
    // until the deadline.
    connect(socket, &QLocalSocket::errorOccurred, this, [this] { retryLater(); });
    connect(socket, &QLocalSocket::disconnected, this, [this] { retryLater(); });
    socket->connectToServer(m_serverName);
}

void SingleInstance::retryLater()
{
    if (m_handingOver && m_retry && !m_retry->isActive())
        m_retry->start();
}

void SingleInstance::onClientReadyRead()
{
    if (!m_client)
        return;
    m_answer += m_client->readAll();
    const qsizetype end = m_answer.indexOf('\n');
    if (end < 0) {
        if (m_answer.size() > maxMessageBytes)
            retryLater();
        return;
    }
    const QJsonObject reply = QJsonDocument::fromJson(m_answer.left(end)).object();
    if (reply.value(u"type"_s).toString() == u"activated" && reply.value(u"ok"_s).toBool()) {
        finishHandOver(HandOver::Done, reply);
        return;
    }
    qCWarning(lcInstance, "The running instance gave an answer that is not an acknowledgement");
    finishHandOver(HandOver::NoAnswer, reply);
}

void SingleInstance::finishHandOver(HandOver result, const QJsonObject &reply)
{
    if (!m_handingOver)
        return;
    m_handingOver = false;
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
        m_client->deleteLater(); // we may be inside one of its signals
        m_client = nullptr;
    }
    // Later, not now: this may run inside one of their timeouts.
    for (QTimer *timer : {m_retry, m_deadline}) {
        timer->stop();
        timer->deleteLater();
    }
    m_retry = nullptr;
    m_deadline = nullptr;
    emit handOverFinished(result, reply);
}

QString SingleInstance::outcomeText(HandOver result) const
{
    switch (result) {
    case HandOver::Done:
        return tr("Switchboard is already running; showed its window.");
    case HandOver::Claimed:
        return tr("The Switchboard that was running has quit; starting a new one.");
    case HandOver::NoAnswer:
        break;
    }
    return tr("Another Switchboard is using %1 but does not answer; this one opens read-only.")
        .arg(QDir::toNativeSeparators(m_dataDir));
}
