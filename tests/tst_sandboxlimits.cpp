// switchboard-sandbox as a shared staging server under careless and hostile clients, as a
// process: with its descriptor limit lowered to 128, 150 idle connections neither stop it
// answering nor make it spin; a 50 MB body (four at once) is refused without being held in
// memory.
#include "rawhttp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>

#include <algorithm>
#include <memory>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Peak resident memory (VmHWM) of a process, in KiB; -1 if unknown.
qint64 peakMemoryKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User + system CPU time of a process, in clock ticks; -1 if unknown.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray all = stat.readAll();
    // Fields after the command name (which may hold spaces), from field 3 on.
    const QList<QByteArray> fields = all.mid(all.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

} // namespace

class tst_SandboxLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void idleConnectionsUnderALowDescriptorLimit();
    void largeBodiesAreNotHeldInMemory();

private:
    // Starts the sandbox with `arguments`; the start line's base URL, or empty.
    QUrl launch(const QStringList &arguments, int descriptorLimit = 0);
    QByteArray auth() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_startLine;
};

void tst_SandboxLimits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SandboxLimits::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        QSignalSpy finished(m_process.get(), &QProcess::finished);
        m_process->terminate();
        if (!finished.wait(30000)) {
            m_process->kill();
            finished.wait(10000);
        }
    }
    m_process.reset();
    m_dir.reset();
}

QUrl tst_SandboxLimits::launch(const QStringList &arguments, int descriptorLimit)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(SWITCHBOARD_SANDBOX_EXE));
    m_process->setArguments(QStringList{u"--data"_s, m_dir->filePath(u"data"_s), u"--numbers"_s,
                                        u"10"_s, u"--seed"_s, u"demo"_s}
                            + arguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (descriptorLimit > 0) {
        m_process->setChildProcessModifier([descriptorLimit] {
            // After fork, before exec: what `prlimit --nofile=N` does.
            const rlimit limit{rlim_t(descriptorLimit), rlim_t(descriptorLimit)};
            if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
                ::_exit(125);
        });
    }
    QSignalSpy output(m_process.get(), &QProcess::readyReadStandardOutput);
    QSignalSpy finished(m_process.get(), &QProcess::finished);
    m_process->start();
    while (!m_process->canReadLine() && finished.isEmpty()) {
        if (!output.wait(30000))
            return {};
    }
    m_startLine = QJsonDocument::fromJson(m_process->readLine()).object();
    return QUrl(m_startLine.value(u"base_url"_s).toString());
}

QByteArray tst_SandboxLimits::auth() const
{
    const QJsonObject p = m_startLine.value(u"properties"_s).toObject();
    return "Authorization: Basic "
           + (p.value(u"account_sid"_s).toString() + u':' + p.value(u"auth_token"_s).toString())
                 .toUtf8()
                 .toBase64()
           + "\r\n";
}

void tst_SandboxLimits::idleConnectionsUnderALowDescriptorLimit()
{
    // Long timeouts: only the connection cap can make room here.
    const QUrl base = launch({u"--limit"_s, u"header-timeout=300"_s, u"--limit"_s,
                              u"idle-timeout=300"_s},
                             128);
    QVERIFY2(base.isValid(), "the sandbox did not start");
    const qint64 pid = m_process->processId();

    // 150 connections that send nothing, more than the descriptors the server has.
    std::vector<std::unique_ptr<RawHttpClient>> idle;
    for (int i = 0; i < 150; ++i) {
        idle.push_back(std::make_unique<RawHttpClient>(base));
        QVERIFY(idle.back()->connectToServer());
    }

    // A normal request is still answered, and more after it.
    for (int i = 0; i < 3; ++i) {
        RawHttpClient normal(base);
        QVERIFY(normal.connectToServer());
        normal.send("GET /v2/Properties?Results_Count=1 HTTP/1.1\r\nHost: x\r\n" + auth() + "\r\n");
        const auto answer = normal.next(30000);
        QVERIFY2(answer, qPrintable(u"request %1 got no answer"_s.arg(i)));
        QCOMPARE(answer->status, 200);
    }

    // Some of the idle ones were closed to make room; the server is not spinning meanwhile.
    const auto closed = [&idle] {
        return std::count_if(idle.cbegin(), idle.cend(),
                             [](const auto &c) { return !c->isConnected(); });
    };
    QTRY_VERIFY2_WITH_TIMEOUT(closed() >= 150 + 3 - 128, qPrintable(QString::number(closed())),
                              20000);

    const qint64 ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    const qint64 before = cpuTicks(pid);
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(2000);
    const qint64 used = cpuTicks(pid) - before;
    QVERIFY(before >= 0);
    // Idle, it uses next to nothing; spinning would use the whole two seconds.
    QVERIFY2(used * 1000 / ticksPerSecond < wall.elapsed() / 4,
             qPrintable(u"%1 ticks in %2 ms"_s.arg(used).arg(wall.elapsed())));
}

void tst_SandboxLimits::largeBodiesAreNotHeldInMemory()
{
    const QUrl base = launch({});
    QVERIFY2(base.isValid(), "the sandbox did not start");
    const qint64 pid = m_process->processId();
    const qint64 before = peakMemoryKiB(pid);
    QVERIFY(before > 0);

    // Four clients at once, each sending a 50 MB body (before: 505 MB of server memory).
    constexpr qint64 Body = 50 * 1024 * 1024;
    const QByteArray chunk(1024 * 1024, 'x');
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>(base));
        QVERIFY(clients.back()->connectToServer());
        clients.back()->send("POST /v2/Properties HTTP/1.1\r\nHost: x\r\n" + auth()
                             + "Content-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(Body) + "\r\n\r\n");
        for (qint64 sent = 0; sent < Body; sent += chunk.size())
            clients.back()->send(chunk);
    }
    for (auto &c : clients) {
        const auto answer = c->next(60000);
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QVERIFY(c->waitForClose(60000));
    }
    const qint64 after = peakMemoryKiB(pid);
    qInfo("sandbox peak memory: %lld KiB before, %lld KiB after four 50 MB bodies", before, after);
    QVERIFY2(after - before < 48 * 1024, qPrintable(u"%1 KiB more"_s.arg(after - before)));
}

QTEST_GUILESS_MAIN(tst_SandboxLimits)
#include "tst_sandboxlimits.moc"
