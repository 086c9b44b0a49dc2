#pragma once

#include "api/requestpacer.h"

// A PaceClock that moves only when a test says so: a server's "Retry-After: 60" is waited
// out at once, and "nothing went before" is checked at 59.9 s rather than hoped for.
//
//     ManualPaceClock clock;
//     client.pacer()->setClock(&clock);
//     clock.advance(59'900);   // what waits on the pacer and is due runs now, in advance()
class ManualPaceClock final : public PaceClock
{
    Q_OBJECT

public:
    explicit ManualPaceClock(QObject *parent = nullptr)
        : PaceClock(parent)
        , m_start(QDateTime::currentDateTimeUtc())
    {
    }
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override { return m_start.addMSecs(m_ms); }
    void advance(qint64 ms)
    {
        m_ms += ms;
        emit advanced();
    }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
};
