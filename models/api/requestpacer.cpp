#include "requestpacer.h"

#include "apijob.h"

#include <QDate>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTime>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A stated wait beyond this is held as this (about 31,000 years): huge, and no overflow.
constexpr qint64 HugeDelayMs = qint64(1'000'000'000'000) * 1000;
// A long wait is looked at again at least this often (a QTimer holds at most ~24 days).
constexpr qint64 LongestTimerMs = 60 * 60 * 1000;

int monthOf(QStringView name)
{
    static const QStringList months{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                    u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    return int(months.indexOf(name)) + 1; // 0 when unknown
}

// 1 (Monday) to 7 for "Mon" or "Monday" (as the form asks), 0 when unknown.
int weekdayOf(QStringView name, bool longName)
{
    static const QStringList days{u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s,
                                  u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
    for (int i = 0; i < days.size(); ++i) {
        if (longName ? name == days.at(i) : name == QStringView(days.at(i)).first(3))
            return i + 1;
    }
    return 0;
}
} // namespace

PaceClock::~PaceClock() = default;

SystemPaceClock::SystemPaceClock(QObject *parent)
    : PaceClock(parent)
{
    m_elapsed.start();
}

RequestPacer::RequestPacer(QObject *parent)
    : QObject(parent)
    , m_systemClock(new SystemPaceClock(this))
    , m_clock(m_systemClock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may fire up to 5% early: too soon for a server's Retry-After (check()
    // would only arm it again, but the wait would end late by as much).
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RequestPacer::check);
}

RequestPacer::~RequestPacer() = default;

void RequestPacer::setClock(PaceClock *clock)
{
    if (m_clock)
        disconnect(m_clock, &PaceClock::advanced, this, &RequestPacer::check);
    m_clock = clock ? clock : m_systemClock;
    connect(m_clock, &PaceClock::advanced, this, &RequestPacer::check);
    m_pending = false;
    m_tooLong = false;
    m_notBefore = {};
    arm();
}

PaceClock *RequestPacer::clock() const
{
    return m_clock;
}

qint64 RequestPacer::nowMs() const
{
    return m_clock ? m_clock->monotonicMs() : m_systemClock->monotonicMs();
}

QDateTime RequestPacer::parseHttpDate(QByteArrayView text, const QDateTime &now)
{
    const QString s = QString::fromLatin1(text.trimmed());
    // IMF-fixdate, RFC 850 and asctime; case-sensitive, as RFC 9110 has them.
    static const QRegularExpression imf(
        u"^([A-Z][a-z]{2}), (\\d{2}) ([A-Z][a-z]{2}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s);
    static const QRegularExpression rfc850(
        u"^([A-Z][a-z]{5,8}), (\\d{2})-([A-Z][a-z]{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s);
    static const QRegularExpression asctime(
        u"^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"_s);

    int weekday = 0, day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    if (const QRegularExpressionMatch m = imf.match(s); m.hasMatch()) {
        weekday = weekdayOf(m.capturedView(1), false);
        day = m.capturedView(2).toInt();
        month = monthOf(m.capturedView(3));
        year = m.capturedView(4).toInt();
        hour = m.capturedView(5).toInt();
        minute = m.capturedView(6).toInt();
        second = m.capturedView(7).toInt();
    } else if (const QRegularExpressionMatch m = rfc850.match(s); m.hasMatch()) {
        weekday = weekdayOf(m.capturedView(1), true);
        day = m.capturedView(2).toInt();
        month = monthOf(m.capturedView(3));
        // RFC 9110: a two-digit year that appears more than 50 years in the future is the
        // most recent past year with the same last two digits.
        const int reference = now.isValid() ? now.date().year() : QDate::currentDate().year();
        year = reference / 100 * 100 + m.capturedView(4).toInt();
        if (year > reference + 50)
            year -= 100;
        hour = m.capturedView(5).toInt();
        minute = m.capturedView(6).toInt();
        second = m.capturedView(7).toInt();
    } else if (const QRegularExpressionMatch m = asctime.match(s); m.hasMatch()) {
        weekday = weekdayOf(m.capturedView(1), false);
        month = monthOf(m.capturedView(2));
        day = m.capturedView(3).trimmed().toInt();
        hour = m.capturedView(4).toInt();
        minute = m.capturedView(5).toInt();
        second = m.capturedView(6).toInt();
        year = m.capturedView(7).toInt();
    } else {
        return {};
    }
    if (second == 60)
        second = 59; // a leap second: the grammar allows it, QTime does not
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (weekday == 0 || month == 0 || !date.isValid() || !time.isValid()
        || date.dayOfWeek() != weekday) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

RetryAfter RequestPacer::parseRetryAfter(QByteArrayView value, QByteArrayView dateHeader,
                                         const QDateTime &now)
{
    RetryAfter result;
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return result;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        result.form = RetryAfter::Form::Seconds;
        // delay-seconds is any run of digits: one too long for a number is still a wait
        // far beyond any cap, never a short one after wrapping.
        bool ok = false;
        const qint64 seconds = text.size() <= 12 ? text.toLongLong(&ok) : 0;
        result.delayMs = ok ? std::min(seconds * 1000, HugeDelayMs) : HugeDelayMs;
        return result;
    }
    const QDateTime until = parseHttpDate(text, now);
    if (!until.isValid()) {
        result.form = RetryAfter::Form::Invalid;
        return result;
    }
    result.form = RetryAfter::Form::Date;
    const QDateTime serverNow = parseHttpDate(dateHeader, now);
    const QDateTime reference = serverNow.isValid() ? serverNow : now;
    result.delayMs = std::clamp<qint64>(reference.msecsTo(until), 0, HugeDelayMs);
    return result;
}

RequestPacer::Hold RequestPacer::noteAnswer(int httpStatus, QByteArrayView retryAfter,
                                            QByteArrayView dateHeader)
{
    if (httpStatus != 429 && httpStatus != 503)
        return Hold::None;
    const RetryAfter stated = parseRetryAfter(retryAfter, dateHeader, m_clock->utcNow());
    if (!stated.isUsable() || stated.delayMs <= 0)
        return Hold::None;
    const bool tooLong = stated.delayMs > MaxWaitMs;
    const qint64 until = nowMs() + stated.delayMs;
    // Several answers of one account in flight: the latest time within the cap wins, so no
    // request goes before any answer allowed it. A long wait is the server's latest word.
    const bool keep = holds() && !tooLong && until <= m_notBeforeMs;
    if (!keep) {
        m_notBeforeMs = until;
        m_notBefore = m_clock->utcNow().addMSecs(stated.delayMs);
        m_tooLong = tooLong;
        m_pending = true;
        emit paceChanged();
        arm();
    }
    return tooLong ? Hold::TooLong : Hold::Wait;
}

int RequestPacer::backoffMs(const RetryPolicy &policy, int attempt)
{
    int delay = policy.initialDelayMs << std::clamp(attempt - 1, 0, 16);
    delay = std::min(delay, policy.maxDelayMs);
    return delay + int(QRandomGenerator::global()->bounded(std::max(1, delay / 4))); // jitter
}

qint64 RequestPacer::remainingMs() const
{
    return m_pending ? std::max<qint64>(0, m_notBeforeMs - nowMs()) : 0;
}

QDateTime RequestPacer::notBefore() const
{
    return remainingMs() > 0 ? m_notBefore : QDateTime();
}

int RequestPacer::whenReady(qint64 delayMs, QObject *context, std::function<void()> then)
{
    const int ticket = m_nextTicket++;
    m_waiters.append({ticket, nowMs() + std::max<qint64>(0, delayMs), context, std::move(then)});
    arm();
    return ticket;
}

void RequestPacer::cancel(int ticket)
{
    m_waiters.removeIf([ticket](const Waiter &w) { return w.ticket == ticket; });
    arm();
}

void RequestPacer::check()
{
    if (m_pending && nowMs() >= m_notBeforeMs) {
        m_pending = false;
        m_tooLong = false;
        emit ready();
    }
    // Taken off the list before any runs: a callback may wait again or cancel another.
    const qint64 now = nowMs();
    const bool held = holds();
    QList<Waiter> due;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->context.isNull()) {
            it = m_waiters.erase(it);
        } else if (!held && it->dueMs <= now) {
            due.append(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (const Waiter &w : std::as_const(due)) {
        if (!w.context.isNull())
            w.then();
    }
    arm();
}

void RequestPacer::arm()
{
    const bool held = holds();
    qint64 next = m_pending ? m_notBeforeMs : -1;
    for (const Waiter &w : std::as_const(m_waiters)) {
        if (w.context.isNull())
            continue;
        const qint64 due = held ? std::max(w.dueMs, m_notBeforeMs) : w.dueMs;
        next = next < 0 ? due : std::min(next, due);
    }
    if (next < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::clamp<qint64>(next - nowMs(), 0, LongestTimerMs)));
}
