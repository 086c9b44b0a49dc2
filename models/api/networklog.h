#pragma once

#include "accountprofile.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QUrl>

struct ApiRequest;
struct ApiResult;

// One request as the network log keeps it. Nothing secret is ever stored: the URL loses
// its user info and the values of secret-looking query items, bodies lose the values of
// secret-looking fields and every occurrence of the account's secret, and the
// Authorization / X-API-Key headers are not kept at all.
struct NetworkLogEntry
{
    quint64 serial = 0;       // 1, 2, 3… for the session
    QDateTime startedAt;      // local time
    QString account;          // the profile's display name ("Acme · Twilio")
    QString profileId;
    ApiFamily family = ApiFamily::Properties;
    QString method;           // "GET", "POST", "DELETE"
    QUrl url;                 // redacted
    int httpStatus = 0;       // 0 while in flight or when no answer came
    qint64 durationMs = -1;   // -1 while in flight
    int retries = 0;          // attempts after the first
    QString error;            // in words, redacted; empty when it worked
    QByteArray contentType;   // of the request body
    QByteArray requestBody;   // redacted, at most NetworkLog::MaxBodyBytes
    QByteArray responseBody;  // failed requests only; redacted, at most MaxBodyBytes
    QString authUser;         // the HTTP Basic user (account SID, API key SID): not secret

    bool isFinished() const { return durationMs >= 0; }
    bool isFailed() const { return !error.isEmpty(); }
};

// The session's last Capacity requests, for View ▸ Network log: how an administrator answers
// "what did the app just do to my account". Every AccountClient given the log records each
// of its jobs here as it starts and again when it ends (see AccountClient::setNetworkLog).
// A ring: past Capacity rows, the oldest row is removed as a new one arrives.
//
//     NetworkLog log;
//     account->setNetworkLog(&log);             // each of its clients records here
//     view->setModel(&log);
//     QGuiApplication::clipboard()->setText(log.curlCommand(row));
class NetworkLog final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkLog)

public:
    static constexpr int Capacity = 10000;
    static constexpr int MaxBodyBytes = 64 * 1024;

    enum Column { TimeColumn, AccountColumn, MethodColumn, PathColumn, StatusColumn,
                  DurationColumn, RetriesColumn, ErrorColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the column
        SerialRole,              // quint64
        FailedRole,              // bool
    };

    explicit NetworkLog(QObject *parent = nullptr);
    ~NetworkLog() override;

    // At most Capacity; a smaller ring for tests. Drops the oldest rows beyond it.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    // A request is about to be sent for this profile; returns its serial.
    quint64 recordStarted(const AccountProfile &profile, const ApiRequest &request);
    // The request is being sent again (ApiJob::retrying).
    void recordRetry(quint64 serial);
    // The job ended. `secrets` (the profile's) are cut out of what is kept.
    void recordFinished(quint64 serial, const ApiResult &result, const QStringList &secrets);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    NetworkLogEntry entry(int row) const;
    int rowOfSerial(quint64 serial) const; // -1 when gone or unknown
    // A curl command that repeats the request, with the credential as a shell variable
    // ("$TWILIO_AUTH_TOKEN") in place of the secret.
    QString curlCommand(int row) const;
    static QString curlCommand(const NetworkLogEntry &entry);
    // The shell variable curlCommand() uses for an entry's credential.
    static QString secretPlaceholder(const NetworkLogEntry &entry);

    // What the log keeps of a URL or a body: secrets replaced by "[redacted]".
    static QUrl redactUrl(const QUrl &url, const QStringList &secrets);
    static QByteArray redactBody(const QByteArray &body, const QByteArray &contentType,
                                 const QStringList &secrets);
    static QString redactText(QString text, const QStringList &secrets);

private:
    void append(NetworkLogEntry entry);
    void dropOldest(int count);

    QList<NetworkLogEntry> m_rows;  // oldest first; row = serial - first serial
    QHash<quint64, qint64> m_started; // in flight: serial -> m_clock ms at start
    QElapsedTimer m_clock;
    quint64 m_nextSerial = 1;
    int m_capacity = Capacity;
};
