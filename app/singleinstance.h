#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

// One Switchboard per data folder. The first start for a folder takes the folder's
// instance lock ("instance.lock" in it) and listens on a local socket whose name is made of
// the user and a hash of the folder's canonical path, so runs on different folders (tests
// with their own --data-dir) never meet. A later start finds the lock taken, connects,
// hands over its options as a JSON object and waits for the first one's acknowledgement.
//
//     SingleInstance instance(dataDir);
//     if (instance.claim()) {               // nobody else: this process serves the folder
//         connect(&instance, &SingleInstance::messageReceived, ...);
//         instance.listen();
//     } else {
//         connect(&instance, &SingleInstance::handOverFinished, ...);
//         instance.handOver(options);       // asynchronous: run an event loop
//     }
//
// Only the lock's holder listens, so when the lock is free a socket file under the name is
// one left by a crashed instance, and claim()+listen() remove it. Nothing here blocks:
// handOver() retries with a timer while the first start is still on its way to listening,
// and gives up with NoAnswer at its deadline.
//
// Wire format: one compact JSON object per line each way. The later start sends
// {"type": "activate", "version": 1, "options": {...}}; the first answers
// {"type": "activated", "ok": true} once messageReceived() has been handled.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class HandOver {
        Done,     // the running instance took the options and answered
        Claimed,  // the running instance went away meanwhile: this process now holds the lock
        NoAnswer, // the lock is held but nobody answered before the deadline
    };
    Q_ENUM(HandOver)

    static constexpr int DefaultHandOverTimeoutMs = 5000;

    // Creates the folder if needed (its canonical path needs it to exist).
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket name for a data folder: "switchboard-<user>-<hash of the path>".
    static QString serverNameFor(const QString &dataDir);
    QString serverName() const { return m_serverName; }
    QString dataDir() const { return m_dataDir; } // canonical

    // Takes the folder's instance lock (a lock whose process is gone is taken over). True
    // when this process now holds it, i.e. is the one instance for the folder.
    bool claim();
    bool isClaimed() const;

    // For the lock's holder: removes a stale socket and listens. False (and a warning) when
    // it cannot; the app then runs without taking over later starts.
    bool listen();
    bool isListening() const;

    // For a later start: sends `options` to the running instance and emits
    // handOverFinished() once. Call at most once.
    void handOver(const QJsonObject &options, int timeoutMs = DefaultHandOverTimeoutMs);
    // What a later start tells its user about how the hand-over ended, in one line.
    QString outcomeText(HandOver result) const;

signals:
    // The lock's holder: a later start handed over these options. It is acknowledged when
    // the connected slots return.
    void messageReceived(const QJsonObject &options);
    // A later start: how the hand-over ended; `reply` is the running instance's answer.
    void handOverFinished(SingleInstance::HandOver result, const QJsonObject &reply);

private:
    void onNewConnection();
    void readMessage(QLocalSocket *socket);
    void tryConnect();
    void onClientReadyRead();
    void retryLater();
    void finishHandOver(HandOver result, const QJsonObject &reply = {});

    QString m_dataDir;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;

    // Hand-over state (a later start only).
    QPointer<QLocalSocket> m_client;
    QTimer *m_deadline = nullptr;
    QTimer *m_retry = nullptr;
    QByteArray m_request;
    QByteArray m_answer;
    bool m_handingOver = false;
};
