#include "drafts/draftautosaver.h"
#include "drafts/draftstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_DraftStore : public QObject
{
    Q_OBJECT

private slots:
    void createSaveAndReopen();
    void duplicateAndDeleteWithUndo();
    void deletedDraftsAreGoneAfterReopen();
    void enqueueOnlyValidEditableDrafts();
    void outboxOrder();
    void damagedDatabaseIsMovedAside_data();
    void damagedDatabaseIsMovedAside();
    void secondInstanceIsRefusedNotMovedAside();
    void lockedDatabaseIsNotMovedAside();
    void exportImportRoundTrip();
    void referenceCache();
    void autosaverCoalescesAndFlushes();
    void savesAreFast();
};

namespace {
QJsonObject payload(const QString &name)
{
    return QJsonObject{{u"Name"_s, name}, {u"MainDomain"_s, u"example.com"_s}};
}
} // namespace

void tst_DraftStore::createSaveAndReopen()
{
    QTemporaryDir dir;
    QString id;
    {
        DraftStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.recoveredDamagedFile().isEmpty());
        QSignalSpy added(&store, &DraftStore::draftAdded);
        QSignalSpy changed(&store, &DraftStore::draftChanged);
        QVERIFY(added.isValid() && changed.isValid());

        const Draft d = store.create(DraftKind::Property, u"acct-1"_s, u"Marketing"_s, payload(u"M"_s));
        QVERIFY(!d.isNull());
        id = d.id;
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), id);
        QVERIFY(store.updateContent(id, payload(u"Marketing EU"_s), u"Marketing EU"_s, true));
        QCOMPARE(changed.size(), 1);
        // Same content again: nothing to write, no signal.
        QVERIFY(store.updateContent(id, payload(u"Marketing EU"_s), u"Marketing EU"_s, true));
        QCOMPARE(changed.size(), 1);

        Draft full = store.draft(id);
        full.errors = {{u"Name"_s, u"PARAMETER_REQUIRED"_s, u"Name is required"_s}};
        full.errorMessage = u"rejected"_s;
        full.state = OutboxState::Rejected;
        QVERIFY(store.save(full));
    }
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(DraftStore::fileName())));
    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(store.count(), 1);
    const Draft d = store.draft(id);
    QCOMPARE(d.kind, DraftKind::Property);
    QCOMPARE(d.accountId, u"acct-1"_s);
    QCOMPARE(d.title, u"Marketing EU"_s);
    QCOMPARE(d.payload, payload(u"Marketing EU"_s));
    QVERIFY(d.valid);
    QCOMPARE(d.state, OutboxState::Rejected);
    QCOMPARE(d.errors.size(), 1);
    QCOMPARE(d.errors.first().field, u"Name"_s);
    QCOMPARE(d.errorMessage, u"rejected"_s);
    QVERIFY(d.createdAt.isValid());
    QVERIFY(d.updatedAt >= d.createdAt);
}

void tst_DraftStore::duplicateAndDeleteWithUndo()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const Draft original = store.create(DraftKind::Broadcast, u"a"_s, u"Spring sale"_s, payload(u"x"_s), true);
    const Draft copy = store.duplicate(original.id);
    QVERIFY(!copy.isNull());
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.kind, DraftKind::Broadcast);
    QCOMPARE(copy.payload, original.payload);
    QCOMPARE(copy.title, u"Spring sale (copy)"_s);
    QCOMPARE(store.count(), 2);

    QSignalSpy removed(&store, &DraftStore::draftRemoved);
    QSignalSpy added(&store, &DraftStore::draftAdded);
    QVERIFY(store.remove(original.id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.contains(original.id));
    QVERIFY(store.canRestore(original.id));
    QVERIFY(store.restore(original.id));
    QCOMPARE(added.size(), 1);
    QCOMPARE(store.draft(original.id).payload, original.payload);
    QVERIFY(!store.restore(original.id));
    QVERIFY(!store.remove(u"no-such-id"_s));
}

void tst_DraftStore::deletedDraftsAreGoneAfterReopen()
{
    QTemporaryDir dir;
    QString kept, gone;
    {
        DraftStore store(dir.path());
        QVERIFY(store.open());
        kept = store.create(DraftKind::Purchase, u"a"_s).id;
        gone = store.create(DraftKind::Purchase, u"a"_s).id;
        QVERIFY(store.remove(gone));
    }
    DraftStore store(dir.path());
    QVERIFY(store.open());
    QVERIFY(store.contains(kept));
    QVERIFY(!store.contains(gone));
    QVERIFY(!store.canRestore(gone));
}

void tst_DraftStore::enqueueOnlyValidEditableDrafts()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const QString invalid = store.create(DraftKind::Property, u"a"_s, {}, {}, false).id;
    const QString valid = store.create(DraftKind::Property, u"a"_s, {}, {}, true).id;
    QVERIFY(!store.enqueue(invalid));
    QVERIFY(store.enqueue(valid));
    QCOMPARE(store.draft(valid).state, OutboxState::Queued);
    QVERIFY(!store.enqueue(valid)); // already queued
    QVERIFY(store.dequeue(valid));
    QCOMPARE(store.draft(valid).state, OutboxState::Editing);
    QVERIFY(!store.dequeue(valid));
}

void tst_DraftStore::outboxOrder()
{
    QTemporaryDir dir;
    QStringList order;
    {
        DraftStore store(dir.path());
        QVERIFY(store.open());
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << store.create(DraftKind::Property, u"a"_s, {}, {}, true).id;
        const QString other = store.create(DraftKind::Property, u"b"_s, {}, {}, true).id;
        for (int i : {2, 0, 3})
            QVERIFY(store.enqueue(ids.at(i)));
        QVERIFY(store.enqueue(other));
        order = {ids.at(2), ids.at(0), ids.at(3)};
    }
    DraftStore store(dir.path());
    QVERIFY(store.open());
    QStringList got;
    for (const Draft &d : store.outbox(u"a"_s))
        got << d.id;
    QCOMPARE(got, order);
    QCOMPARE(store.outbox(u"b"_s).size(), 1);
    // The order continues after a reopen.
    const QString later = store.create(DraftKind::Property, u"a"_s, {}, {}, true).id;
    QVERIFY(store.enqueue(later));
    QCOMPARE(store.outbox(u"a"_s).last().id, later);
}

void tst_DraftStore::damagedDatabaseIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("not sqlite at all") << QByteArray("this is a text file, not a database\n");
    QByteArray header("SQLite format 3\0", 16);
    QTest::addRow("sqlite header, garbage pages") << (header + QByteArray(8192, '\x5a'));

    // A real drafts database with one page overwritten: only PRAGMA quick_check sees it.
    QTemporaryDir dir;
    {
        DraftStore store(dir.path());
        QVERIFY(store.open());
        for (int i = 0; i < 200; ++i)
            store.create(DraftKind::Property, u"a"_s, u"Draft %1"_s.arg(i), payload(QString(200, u'x')));
    }
    QFile file(QDir(dir.path()).filePath(DraftStore::fileName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray real = file.readAll();
    QVERIFY(real.size() > 6 * 4096);
    real.replace(3 * 4096, 4096, QByteArray(4096, '\xa5'));
    QTest::addRow("real database, one page overwritten") << real;
}

void tst_DraftStore::damagedDatabaseIsMovedAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(DraftStore::fileName());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto store = std::make_unique<DraftStore>(dir.path());
    QVERIFY2(store->open(), qPrintable(store->errorString()));
    const QString aside = store->recoveredDamagedFile();
    QVERIFY(!aside.isEmpty());
    QVERIFY(QFile::exists(aside));
    QCOMPARE(QFileInfo(aside).dir().absolutePath(), QDir(dir.path()).absolutePath());
    {
        QFile old(aside);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), content); // kept as it was, for whoever wants to look
    }
    QCOMPARE(store->count(), 0);
    const QString id = store->create(DraftKind::Property, u"a"_s, u"after"_s).id;
    QVERIFY(!id.isEmpty());

    store.reset(); // one Switchboard per drafts folder: the first one goes
    DraftStore again(dir.path());
    QVERIFY(again.open());
    QVERIFY(again.recoveredDamagedFile().isEmpty());
    QVERIFY(again.contains(id));
}

void tst_DraftStore::secondInstanceIsRefusedNotMovedAside()
{
    QTemporaryDir dir;
    DraftStore first(dir.path());
    QVERIFY(first.open());
    const QString id = first.create(DraftKind::Property, u"acct"_s, u"Kept"_s).id;

    DraftStore second(dir.path());
    QVERIFY(!second.open());
    QVERIFY2(second.errorString().contains(u"another Switchboard"_s), qPrintable(second.errorString()));
    QVERIFY(second.recoveredDamagedFile().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({u"*.damaged*"_s, u"*damaged*"_s}).size(), 0);
    QVERIFY(first.contains(id));
    QVERIFY(first.updateContent(id, payload(u"Still writable"_s), u"Still writable"_s, true));
}

void tst_DraftStore::lockedDatabaseIsNotMovedAside()
{
    QTemporaryDir dir;
    QString id;
    {
        DraftStore store(dir.path());
        QVERIFY(store.open());
        id = store.create(DraftKind::Property, u"acct"_s, u"Busy"_s).id;
    }
    // Another program (a backup tool, sqlite3) holds a write lock on the file.
    QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    holder.setDatabaseName(QDir(dir.path()).filePath(DraftStore::fileName()));
    QVERIFY(holder.open());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

    {
        DraftStore store(dir.path());
        QVERIFY(!store.open()); // fails, says why, and leaves the file alone
        QVERIFY(store.recoveredDamagedFile().isEmpty());
        QVERIFY(!store.errorString().isEmpty());
    }
    QVERIFY(lock.exec(u"ROLLBACK"_s));
    lock = QSqlQuery();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_s);

    DraftStore store(dir.path());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QVERIFY(store.contains(id));
}

void tst_DraftStore::exportImportRoundTrip()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const Draft a = store.create(DraftKind::Property, u"acct"_s, u"One"_s, payload(u"One"_s), true);
    const Draft b = store.create(DraftKind::NumberEdit, u"acct"_s, u"Two"_s,
                                 QJsonObject{{u"list"_s, QJsonArray{1, 2, 3}}}, false);
    // Sent the only way there is: queued, sending, sent.
    QVERIFY(store.enqueue(a.id));
    Draft sent = store.draft(a.id);
    sent.state = OutboxState::Sending;
    QVERIFY(store.save(sent));
    sent.state = OutboxState::Sent;
    sent.remoteId = u"S123"_s;
    QVERIFY(store.save(sent));

    const QString file = QDir(dir.path()).filePath(u"export.json"_s);
    const DraftTransferResult exported = store.exportTo({a.id, b.id}, file);
    QVERIFY2(exported.ok, qPrintable(exported.error));

    QTemporaryDir other;
    DraftStore target(other.path());
    QVERIFY(target.open());
    QSignalSpy added(&target, &DraftStore::draftAdded);
    DraftTransferResult imported = target.importFrom(file);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.ids.size(), 2);
    QCOMPARE(added.size(), 2);
    QList<Draft> drafts = target.drafts();
    QCOMPARE(drafts.size(), 2);
    for (const Draft &d : drafts) {
        const Draft &source = d.title == u"One"_s ? a : b;
        QCOMPARE(d.kind, source.kind);
        QCOMPARE(d.payload, source.payload);
        QCOMPARE(d.accountId, source.accountId);
        QCOMPARE(d.valid, source.valid);
        QCOMPARE(d.state, OutboxState::Editing); // server state is not exported
        QVERIFY(d.remoteId.isEmpty());
    }

    // Importing into the same store never overwrites, and makes no copies nobody could
    // tell apart: what is here already is skipped and counted.
    imported = store.importFrom(file);
    QVERIFY(imported.ok);
    QCOMPARE(store.count(), 2);
    QVERIFY(imported.ids.isEmpty());
    QCOMPARE(imported.skipped, 2);
    QCOMPARE(store.draft(a.id).state, OutboxState::Sent);
    // A changed draft is not the same one: the file's version comes in beside it, new id.
    QVERIFY(store.updateContent(b.id, QJsonObject{{u"Name"_s, u"Changed"_s}}, u"Two"_s, true));
    imported = store.importFrom(file);
    QVERIFY(imported.ok);
    QCOMPARE(imported.ids.size(), 1);
    QCOMPARE(imported.skipped, 1);
    QCOMPARE(store.count(), 3);
    QVERIFY(!imported.ids.contains(b.id));
}

void tst_DraftStore::referenceCache()
{
    QTemporaryDir dir;
    {
        DraftStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.reference(u"a"_s, u"brands"_s).isNull());
        QVERIFY(store.saveReference(u"a"_s, u"brands"_s, QJsonArray{u"Acme"_s, u"Globex"_s}));
    }
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const CachedReference cached = store.reference(u"a"_s, u"brands"_s);
    QVERIFY(!cached.isNull());
    QCOMPARE(cached.value.toArray().size(), 2);
    QVERIFY(store.reference(u"b"_s, u"brands"_s).isNull());
}

void tst_DraftStore::autosaverCoalescesAndFlushes()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const QString id = store.create(DraftKind::Property, u"a"_s).id;
    QSignalSpy changed(&store, &DraftStore::draftChanged);
    {
        DraftAutosaver saver(&store, id);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        QElapsedTimer clock;
        clock.start();
        for (const QString &typed : {u"M"_s, u"Ma"_s, u"Mar"_s})
            saver.update(payload(typed), typed, false);
        QVERIFY(saver.hasPendingChanges());
        QVERIFY(saved.wait(2000));
        QVERIFY(clock.elapsed() < 500); // within half a second of the last keystroke
        QCOMPARE(saved.size(), 1);      // three keystrokes, one write
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.draft(id).title, u"Mar"_s);

        saver.update(payload(u"Mars"_s), u"Mars"_s, true);
        QVERIFY(saver.flush());
        QCOMPARE(store.draft(id).title, u"Mars"_s);
        saver.update(payload(u"Marsh"_s), u"Marsh"_s, true);
    } // the destructor flushes
    QCOMPARE(store.draft(id).title, u"Marsh"_s);
}

void tst_DraftStore::savesAreFast()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const QString id = store.create(DraftKind::Property, u"a"_s).id;
    QElapsedTimer clock;
    clock.start();
    constexpr int Saves = 200;
    for (int i = 0; i < Saves; ++i)
        QVERIFY(store.updateContent(id, payload(QString::number(i)), QString::number(i), false));
    const double perSave = double(clock.elapsed()) / Saves;
    qInfo("%.3f ms per save", perSave);
    QVERIFY2(perSave < 5.0, qPrintable(u"%1 ms per save"_s.arg(perSave)));
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
