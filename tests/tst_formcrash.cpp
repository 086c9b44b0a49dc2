// Forms killed with SIGKILL, as a user's app would be: the child is this executable with a
// real New property form bound as the app binds it (DocumentDrafts over a DraftStore in a
// folder the parent gives), driven by key events.
//  - typing:  the child types a 45-character name without pausing (90 ms a key) and kills
//             itself right after the last key; the draft must hold all but the last half
//             second of what was typed;
//  - submit:  the child presses Create against the parent's sandbox, which acts on the
//             POST at once and answers late; the parent kills the child once the server has
//             the property, then "restarts" (a new store, outbox and form on the same
//             folder): the draft ends Sent with that property's SID, created exactly once.
#include "api/accountclient.h"
#include "documentdrafts.h"
#include "draftform.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "kindregistry.h"
#include "properties/propertydraft.h"
#include "properties/propertyform.h"
#include "sandboxfixture.h"
#include "widgets/messagebanner.h"
#include "widgets/timezonepicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int KeyIntervalMs = 90;
const QString TypedName = u"Harbour Lights Dental Group, Sydney and Perth"_s; // 45 characters
constexpr int MaxLostMs = 500;

void report(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

AccountProfile profileFrom(const QStringList &args)
{
    AccountProfile p;
    p.id = u"crash-properties"_s;
    p.family = ApiFamily::Properties;
    p.baseUrl = QUrl(args.value(0, u"http://127.0.0.1:9"_s));
    p.user = args.value(1);
    p.secret = args.value(2);
    return p;
}

struct Binding
{
    explicit Binding(const QString &folder, const AccountProfile &profile)
        : store(folder)
        , client(profile)
    {
        if (!store.open())
            report("error " + store.errorString().toUtf8());
        outbox = std::make_unique<Outbox>(&store, &client);
        outbox->setSender(DraftKind::Property, std::make_unique<PropertyDraftSender>(&client));
        outbox->start();
        documents = std::make_unique<DocumentDrafts>(
            &store, &KindRegistry::builtIn(), [this](const QString &) { return &client; });
        documents->addOutbox(outbox.get());
    }
    DraftStore store;
    AccountClient client;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<DocumentDrafts> documents;
};

PropertyForm *showForm(Binding &binding)
{
    auto *form = qobject_cast<PropertyForm *>(
        binding.documents->openNew(DraftKind::Property, &binding.client));
    form->resize(800, 600);
    form->show();
    form->activateWindow();
    if (!QTest::qWaitForWindowActive(form))
        report("error: the form did not become active");
    return form;
}

// Types TypedName into the name field, one key every KeyIntervalMs, reporting each key's
// time, and dies by SIGKILL right after the last one.
int runTypist(const QString &folder)
{
    Binding binding(folder, profileFrom({}));
    PropertyForm *form = showForm(binding);
    auto *name = form->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setFocus();
    int typed = 0;
    QTimer typist;
    typist.setTimerType(Qt::PreciseTimer);
    typist.setInterval(KeyIntervalMs);
    QObject::connect(&typist, &QTimer::timeout, &typist, [&] {
        QTest::keyClick(name, TypedName.at(typed).toLatin1());
        ++typed;
        report("key " + QByteArray::number(typed) + ' '
               + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        if (typed == TypedName.size())
            ::kill(::getpid(), SIGKILL); // right after the last key: no chance to flush
    });
    typist.start();
    return QApplication::exec();
}

// Fills the form, presses Create and reports the draft once it is being sent.
int runSubmitter(const QString &folder, const QStringList &server)
{
    Binding binding(folder, profileFrom(server));
    PropertyForm *form = showForm(binding);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"nameEdit"_s), server.value(3));
    QTest::keyClicks(form->findChild<QLineEdit *>(u"domainEdit"_s), u"killed.example.com"_s);
    auto *picker = form->findChild<TimeZonePicker *>();
    QTest::keyClicks(picker->lineEdit(), u"GMT Standard Time"_s);
    picker->completer()->popup()->hide();
    QObject::connect(&binding.store, &DraftStore::draftChanged, form, [&](const QString &id) {
        if (binding.store.draft(id).state == OutboxState::Sending)
            report("sending " + id.toUtf8());
    });
    QTest::mouseClick(form->findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    return QApplication::exec();
}

// Reads a child's stdout line by line.
class LineReader : public QObject
{
public:
    explicit LineReader(QProcess *process)
    {
        connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
            m_buffer += process->readAllStandardOutput();
            qsizetype newline;
            while ((newline = m_buffer.indexOf('\n')) >= 0) {
                lines << QString::fromUtf8(m_buffer.left(newline));
                m_buffer.remove(0, newline + 1);
            }
        });
    }
    QStringList lines;

private:
    QByteArray m_buffer;
};
} // namespace

class tst_FormCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killRightAfterTypingLosesAtMostHalfASecond();
    void killMidSubmitCreatesExactlyOnce();

private:
    int serverCount(const QString &name);
    SandboxFixture m_sandbox{20};
};

void tst_FormCrash::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

int tst_FormCrash::serverCount(const QString &name)
{
    return m_sandbox.serverCount(u"SELECT COUNT(*) FROM properties WHERE name = ?"_s, {name});
}

void tst_FormCrash::killRightAfterTypingLosesAtMostHalfASecond()
{
    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    LineReader reader(&child);
    child.start(QCoreApplication::applicationFilePath(), {u"--typist"_s, dir.path()});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCoreApplication::processEvents(); // the last lines
    reader.lines << QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

    QList<qint64> keyTimes;
    for (const QString &line : std::as_const(reader.lines)) {
        if (line.startsWith(u"key "_s))
            keyTimes << line.section(u' ', 2, 2).toLongLong();
        else
            QFAIL(qPrintable(line));
    }
    QCOMPARE(keyTimes.size(), TypedName.size());
    // Everything typed more than half a second before the kill must be there.
    const qint64 killedAt = keyTimes.last();
    const auto mustHave = int(std::count_if(keyTimes.cbegin(), keyTimes.cend(),
                                            [&](qint64 t) { return t <= killedAt - MaxLostMs; }));

    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 1);
    const Draft draft = store.drafts().constFirst();
    const QString saved = PropertyDraft::fromJson(draft.payload).name;
    qInfo("typed %d keys, %d before the last half second; the draft holds %d",
          int(keyTimes.size()), mustHave, int(saved.size()));
    QVERIFY2(TypedName.startsWith(saved), qPrintable(saved));
    QVERIFY2(saved.size() >= mustHave,
             qPrintable(u"saved %1 of %2 required characters"_s.arg(saved.size()).arg(mustHave)));
    QCOMPARE(draft.title, saved);
}

void tst_FormCrash::killMidSubmitCreatesExactlyOnce()
{
    const QString name = u"Killed mid-submit %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    FaultOptions slow;
    slow.latencyMs = 3000; // the server acts at once and answers late
    m_sandbox.server().setFaults(slow);

    QTemporaryDir dir;
    const AccountProfile profile = m_sandbox.profile(ApiFamily::Properties);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    LineReader reader(&child);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--submitter"_s, dir.path(), profile.baseUrl.toString(), profile.user,
                 profile.secret, name});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!reader.lines.isEmpty(), 30000);
    QVERIFY2(reader.lines.first().startsWith(u"sending "_s), qPrintable(reader.lines.first()));
    const QString id = reader.lines.first().mid(8);
    // Killed once the server has created it, before its answer arrives.
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(name), 1, 10000);
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    m_sandbox.server().setFaults({});

    // The next start: the draft was left Sending, with its notes.
    Binding restarted(dir.path(),
                      profileFrom({profile.baseUrl.toString(), profile.user, profile.secret}));
    QCOMPARE(restarted.store.count(), 1);
    std::unique_ptr<DraftForm> form(restarted.documents->open(restarted.store.draft(id)));
    QVERIFY(form);
    form->show();
    QTRY_VERIFY2_WITH_TIMEOUT(form->isSent(),
                              qPrintable(outboxStateKey(restarted.store.draft(id).state) + u' '
                                         + restarted.store.draft(id).errorMessage),
                              20000);
    const Draft draft = restarted.store.draft(id);
    QCOMPARE(draft.state, OutboxState::Sent);
    QVERIFY(draft.remoteId.startsWith(u'S'));
    QCOMPARE(form->remoteId(), draft.remoteId);
    QVERIFY(form->submissionBanner()->text().contains(draft.remoteId));
    QCOMPARE(serverCount(name), 1); // never twice
}

int main(int argc, char **argv)
{
    if (argc >= 3 && (qstrcmp(argv[1], "--typist") == 0 || qstrcmp(argv[1], "--submitter") == 0)) {
        QApplication app(argc, argv);
        const QStringList args = QCoreApplication::arguments();
        if (args.at(1) == u"--typist"_s)
            return runTypist(args.at(2));
        return runSubmitter(args.at(2), args.mid(3));
    }
    QApplication app(argc, argv);
    tst_FormCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_formcrash.moc"
