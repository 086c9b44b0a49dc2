#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

// Fault injection (--fault NAME=VALUE), so clients can be tested under bad conditions.
struct FaultOptions
{
    int latencyMs = 0;     // latency=MS: every answer waits this long (without blocking)
    double errorRate = 0;  // error-rate=0.2: this share of requests answer 500 in the family's shape
    int throttle = 0;      // throttle=N: past N requests in one second, 429 with Retry-After
    double dropRate = 0;   // drop-rate=0.1: this share of connections close without an answer
    double garbleRate = 0; // garble-rate=0.1: this share of answers have their body cut short
    // lost-answer-rate=0.1: this share of requests are carried out in full (a create is
    // stored), then the connection closes without an answer, so the client cannot know.
    double lostAnswerRate = 0;
    // retry-after=S: a throttled answer's Retry-After, in whole seconds (default 1);
    // retry-after=date (or date+S): the same wait as an HTTP date (IMF-fixdate), with Date.
    int retryAfterSeconds = 1;
    bool retryAfterDate = false;
    // seed=N (--fault-seed N): the rates above draw from a generator started from N, so a
    // client that sends one request at a time meets the same faults on every run. A server
    // started without one picks a seed at random; either way it is logged (and faults() says
    // it), so a failing run can be replayed. setFaults() with a seed starts the draws afresh;
    // without one they go on from where they were.
    std::optional<quint32> seed;
    // late-commit-rate=0.1: this share of creating POSTs (a purchase, a new property or
    // project) close the connection at once without an answer and are carried out
    // late-commit-ms=MS (default 2000) later, as a provider that finishes after the client
    // gave up. Reads are not delayed, so look-ups meanwhile see the truth as it stands.
    double lateCommitRate = 0;
    int lateCommitMs = 2000;

    // Parses one "name=value"; on failure returns false and sets *error to a readable reason.
    bool parse(const QString &spec, QString *error);
};

// What the front door (frontdoor.h) allows a client before it answers for itself and
// closes the connection (--limit NAME=VALUE). The defaults suit a shared staging server.
struct ConnectionLimits
{
    int headerTimeoutMs = 10000;          // header-timeout=S: a request's head, from its first
                                          // byte (or from connecting), and each pause in a body
    int idleTimeoutMs = 30000;            // idle-timeout=S: a keep-alive connection with nothing
                                          // to do is closed
    int maxConnections = 256;             // max-connections=N: past it, the longest-idle closes
                                          // (also kept below the process's descriptor limit)
    qint64 maxBodyBytes = 4 * 1024 * 1024; // max-body=BYTES: 413 above, before reading it
    int maxRequestLineBytes = 8 * 1024;   // 414 above
    int maxHeaderFieldBytes = 8 * 1024;   // one header line; 431 above (Qt drops all headers)
    int maxHeadBytes = 64 * 1024;         // request line and every header; 431 above
    int maxHeaderFields = 100;            // 431 above (Qt drops all headers past 100)

    // Parses one "name=value" of --limit; on failure returns false and sets *error.
    bool parse(const QString &spec, QString *error);
};

struct SandboxOptions
{
    QString dataDir;                           // SQLite lives here; created if missing
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 0;                          // 0: a free port
    QString seed;                              // "demo" fills an empty data folder; "" none
    int numbers = 300;                         // phone numbers per demo account (up to 100,000)
    FaultOptions faults;
    ConnectionLimits limits;
    // Set from another thread to stop a long demo seed early (start() then fails and the
    // folder stays empty). Not owned; may be null.
    const std::atomic_bool *cancel = nullptr;
};

struct SandboxCredentials
{
    QString twilioAccountSid, twilioAuthToken;
    // An API key of the Twilio account ("SK" + 32 hex): authenticates as SK…:secret for
    // the account in the path, as Twilio's API keys do.
    QString twilioApiKeySid, twilioApiKeySecret;
    // A second Twilio account, a subaccount of the first as Twilio's are: its own SID and
    // token, its own numbers (for moving a draft between accounts).
    QString twilioSubaccountSid, twilioSubaccountAuthToken;
    QString signalwireProjectId, signalwireToken;
    QString propertiesAccountSid, propertiesAuthToken;
    QString broadcastApiKey;
    // The key of a second demo organisation, whose resources broadcastApiKey never sees
    // (and the reverse): for testing organisation scoping.
    QString broadcastOtherOrgApiKey;
};

class SandboxServerPrivate;

// The local API server: every family of ../shared/api/README.md over Qt HttpServer with
// SQLite storage. Used in-process by the app (on a worker thread) and the tests, and as
// the switchboard-sandbox executable. It answers in English whatever the language of the
// app that embeds it, as a real server would: its texts are plain literals, never tr(),
// and update_translations does not scan sandbox/.
//
//     SandboxServer server;
//     if (!server.start(options, &error)) ...;
//     server.baseUrl();  server.credentials();  server.startLine();
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(const SandboxOptions &options, QString *error);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const;
    SandboxCredentials credentials() const;
    // The one JSON line printed on start (without the newline), keys as in the contract.
    QByteArray startLine() const;

    void setFaults(const FaultOptions &faults); // tests change faults while running
    FaultOptions faults() const;                // with the seed in use
    quint64 requestCount() const;               // requests answered or dropped so far
    // How many of each fault were injected since the start (a test that means to exercise
    // lost answers can check that some were lost).
    struct FaultCounts
    {
        quint64 dropped = 0, throttled = 0, errors = 0, lostAnswers = 0, garbled = 0, lateCommits = 0;
    };
    FaultCounts faultCounts() const;

private:
    std::unique_ptr<SandboxServerPrivate> d;
};
