#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;
struct RetryPolicy;

// The time a RequestPacer runs on: a monotonic clock to wait on and the wall clock that
// HTTP dates and "wait until 14:05" are read in. Production uses SystemPaceClock; tests
// give the pacer a clock they advance by hand (tests/support/manualpaceclock.h).
class PaceClock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaceClock)

public:
    using QObject::QObject;
    ~PaceClock() override;
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime utcNow() const = 0;

signals:
    // The clock jumped (a test clock was advanced): what waits on it looks again at once.
    void advanced();
};

class SystemPaceClock final : public PaceClock
{
    Q_OBJECT

public:
    explicit SystemPaceClock(QObject *parent = nullptr);
    qint64 monotonicMs() const override { return m_elapsed.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_elapsed;
};

// A Retry-After header read (RFC 9110, 10.2.3): delay-seconds or an HTTP date.
struct RetryAfter
{
    enum class Form {
        Absent,  // no header (or an empty one)
        Seconds, // "120"
        Date,    // "Sun, 06 Nov 1994 08:49:37 GMT" and the two obsolete forms
        Invalid, // anything else: garbage, a negative or fractional number; ignored
    };
    Form form = Form::Absent;
    // Seconds and Date: how long to wait from the answer, never negative (a date in the
    // past is 0); a number too large to hold stays huge rather than wrapping.
    qint64 delayMs = 0;

    bool isUsable() const { return form == Form::Seconds || form == Form::Date; }
};

// One account connection's pace: when the server (a 429 or 503 with Retry-After) said the
// next request may go, shared by every request of the account, so several in flight (a bulk
// run) wait for one "not before" time and none goes early. AccountClient owns one; every
// ApiJob takes its delays from it (the backoff between attempts too), and the outbox waits
// for it instead of its own delay.
//
//     switch (pacer->noteAnswer(429, reply->rawHeader("Retry-After"), reply->rawHeader("Date"))) {
//     case RequestPacer::Hold::Wait:    pacer->whenReady(backoff, this, [this] { send(); }); break;
//     case RequestPacer::Hold::TooLong: ...tell the user: pacer->notBefore()...
//     }
//
// A stated wait up to MaxWaitMs (15 minutes) holds the account's requests; a longer one
// holds nothing, and its callers hand the request back to the user with the time
// (notBefore()) rather than waiting silently or resending on their own.
class RequestPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPacer)

public:
    static constexpr qint64 MaxWaitMs = 15 * 60 * 1000;
    enum class Hold {
        None,    // the answer states no wait (or a bad one): the caller's own backoff applies
        Wait,    // the account's requests wait until notBefore()
        TooLong, // longer than MaxWaitMs: nothing waits; the user decides
    };
    Q_ENUM(Hold)

    explicit RequestPacer(QObject *parent = nullptr);
    ~RequestPacer() override;

    // Not owned; null goes back to the system clock. For tests, before any request.
    void setClock(PaceClock *clock);
    PaceClock *clock() const;

    // The three date forms of RFC 9110 (5.6.7): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT",
    // RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" (a two-digit year more than 50 years ahead of
    // `now` is in the past century) and asctime "Sun Nov  6 08:49:37 1994". UTC; invalid
    // for anything else (a wrong day of the week included).
    static QDateTime parseHttpDate(QByteArrayView text, const QDateTime &now);
    // A date is read against the answer's Date header when it has a valid one (so a server
    // whose clock is off still gets the wait it meant), else against `now`.
    static RetryAfter parseRetryAfter(QByteArrayView value, QByteArrayView dateHeader,
                                      const QDateTime &now);

    // An answer of the account's server. A 429 or 503 with a usable Retry-After moves the
    // account's not-before time (never earlier while an earlier stated wait still runs).
    Hold noteAnswer(int httpStatus, QByteArrayView retryAfter, QByteArrayView dateHeader);

    // The backoff before attempt `attempt + 1` of a request (doubling, with jitter), before
    // the account's own hold is added by whenReady().
    static int backoffMs(const RetryPolicy &policy, int attempt);

    // Until the server's stated time, 0 when none is pending (also for a TooLong one: see
    // waitsForUser()). For a countdown.
    qint64 remainingMs() const;
    // The account's requests are held now (a stated wait within MaxWaitMs still runs).
    bool holds() const { return remainingMs() > 0 && !m_tooLong; }
    // The server asked for longer than MaxWaitMs and that time has not come.
    bool waitsForUser() const { return remainingMs() > 0 && m_tooLong; }
    // When the stated wait ends, in UTC; invalid when none is pending.
    QDateTime notBefore() const;

    // Calls `then` once `delayMs` have passed on the pacer's clock and the account is not
    // held (see holds()), unless `context` is destroyed first. Returns a ticket for cancel().
    int whenReady(qint64 delayMs, QObject *context, std::function<void()> then);
    void cancel(int ticket);

signals:
    // The not-before time was set or moved (a countdown starts over).
    void paceChanged();
    // The stated wait has passed: the account's requests may go again.
    void ready();

private:
    struct Waiter
    {
        int ticket;
        qint64 dueMs; // on the clock's monotonic time
        QPointer<QObject> context;
        std::function<void()> then;
    };
    qint64 nowMs() const;
    void check();
    void arm();

    SystemPaceClock *m_systemClock;
    QPointer<PaceClock> m_clock;
    QTimer *m_timer;
    QList<Waiter> m_waiters;
    int m_nextTicket = 1;
    qint64 m_notBeforeMs = 0; // monotonic; meaningful while m_pending
    QDateTime m_notBefore;    // the same moment on the wall clock
    bool m_pending = false;   // a stated wait has not yet been announced as over (ready())
    bool m_tooLong = false;
};
