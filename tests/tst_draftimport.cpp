#include "drafts/draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject goodEntry(const QString &id)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"kind"_s, u"property"_s},
        {u"accountId"_s, u"acct"_s},
        {u"title"_s, u"Marketing"_s},
        {u"valid"_s, true},
        {u"createdAt"_s, u"2024-05-01T10:00:00Z"_s},
        {u"updatedAt"_s, u"2024-05-01T10:05:00.250Z"_s},
        {u"payload"_s, QJsonObject{{u"Name"_s, u"Marketing"_s}}},
    };
}

QByteArray fileWith(const QJsonArray &drafts, int version = 1)
{
    return QJsonDocument(QJsonObject{{u"format"_s, u"switchboard-drafts"_s},
                                     {u"version"_s, version},
                                     {u"drafts"_s, drafts}})
        .toJson();
}

QByteArray fileWithEntry(const QString &key, const QJsonValue &value)
{
    QJsonObject entry = goodEntry(u"one"_s);
    if (value.isUndefined())
        entry.remove(key);
    else
        entry.insert(key, value);
    return fileWith(QJsonArray{entry});
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}
} // namespace

class tst_DraftImport : public QObject
{
    Q_OBJECT

private slots:
    void goodFileImports();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void missingFile();
};

void tst_DraftImport::goodFileImports()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const QString path = dir.filePath(u"good.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fileWith({goodEntry(u"one"_s), goodEntry(u"two"_s)}));
    file.close();
    const DraftTransferResult result = store.importFrom(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(store.count(), 2);
    const Draft d = store.draft(result.ids.first());
    QCOMPARE(d.title, u"Marketing"_s);
    QCOMPARE(d.createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(d.updatedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 5, 0, 250), Qt::UTC));
    QVERIFY(d.id != u"one"_s);
}

void tst_DraftImport::badFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // a fragment of the error message

    QTest::addRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::addRow("not JSON") << QByteArray("name,kind\nMarketing,property\n") << u"not valid JSON"_s;
    QTest::addRow("binary garbage") << QByteArray("\x00\xff\xfe{\x01\x02", 6) << u"not valid JSON"_s;
    QTest::addRow("truncated") << fileWith({goodEntry(u"one"_s)}).chopped(5) << u"not valid JSON"_s;
    QTest::addRow("top-level array") << QByteArray("[]") << u"not a drafts export"_s;
    QTest::addRow("other JSON object") << QByteArray(R"({"name": "x"})") << u"format"_s;
    QTest::addRow("future version") << fileWith({goodEntry(u"one"_s)}, 99) << u"version 1"_s;
    QTest::addRow("drafts not an array")
        << QByteArray(R"({"format": "switchboard-drafts", "version": 1, "drafts": {}})")
        << u"must be an array"_s;
    QTest::addRow("draft not an object") << fileWith({goodEntry(u"one"_s), 42})
                                         << u"Draft 2 of the file"_s;
    QTest::addRow("id is a number") << fileWithEntry(u"id"_s, 7) << u"“id” must be text"_s;
    QTest::addRow("id is empty") << fileWithEntry(u"id"_s, u"  "_s) << u"“id” is empty"_s;
    QTest::addRow("kind missing") << fileWithEntry(u"kind"_s, QJsonValue::Undefined)
                                  << u"“kind” is missing"_s;
    QTest::addRow("unknown kind") << fileWithEntry(u"kind"_s, u"rocket"_s) << u"rocket"_s;
    QTest::addRow("account is null") << fileWithEntry(u"accountId"_s, QJsonValue::Null)
                                     << u"“accountId” must be text"_s;
    QTest::addRow("valid is text") << fileWithEntry(u"valid"_s, u"yes"_s) << u"true or false"_s;
    QTest::addRow("bad date") << fileWithEntry(u"createdAt"_s, u"yesterday"_s)
                              << u"“createdAt” must be a date"_s;
    QTest::addRow("payload missing") << fileWithEntry(u"payload"_s, QJsonValue::Undefined)
                                     << u"“payload” is missing"_s;
    QTest::addRow("payload is an array") << fileWithEntry(u"payload"_s, QJsonArray{1})
                                         << u"“payload” must be a JSON object"_s;
    QTest::addRow("title of a megabyte") << fileWithEntry(u"title"_s, QString(1 << 20, u'x'))
                                         << u"longer than 500"_s;
    {
        // 10,000 levels: the JSON parser itself refuses, long before our own limit.
        QByteArray deep = fileWith({goodEntry(u"one"_s)});
        deep.replace("\"Name\": \"Marketing\"", QByteArray(QByteArray("\"Name\": ") + nested(10000)));
        QTest::addRow("10k-deep nesting") << deep << u"not valid JSON"_s;
    }
    {
        QByteArray deep = fileWith({goodEntry(u"one"_s)});
        deep.replace("\"Name\": \"Marketing\"", QByteArray(QByteArray("\"Name\": ") + nested(100)));
        QTest::addRow("100-deep payload") << deep << u"nested more than 32"_s;
    }
    {
        QByteArray huge = fileWith({goodEntry(u"one"_s)});
        huge.append(QByteArray(DraftStore::MaxImportBytes, ' '));
        QTest::addRow("huge file") << huge << u"larger than 10 MB"_s;
    }
    QTest::addRow("duplicate ids") << fileWith({goodEntry(u"same"_s), goodEntry(u"other"_s),
                                                goodEntry(u"same"_s)})
                                   << u"Draft 3 of the file has the same id"_s;
    {
        QJsonArray many;
        for (int i = 0; i <= DraftStore::MaxImportDrafts; ++i)
            many.append(goodEntry(QString::number(i)));
        QTest::addRow("too many drafts") << fileWith(many) << u"at most 10000"_s;
    }
    QTest::addRow("good first, bad last") << fileWith({goodEntry(u"a"_s), goodEntry(u"b"_s),
                                                       QJsonObject{{u"id"_s, u"c"_s}}})
                                          << u"Draft 3 of the file"_s;
}

void tst_DraftImport::badFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QString existing;
    {
        DraftStore store(dir.path());
        QVERIFY(store.open());
        existing = store.create(DraftKind::Property, u"acct"_s, u"Mine"_s).id;
    }
    const QString path = dir.filePath(u"import.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    {
        DraftStore store(dir.path());
        store.setKnownKinds({DraftKind::Property, DraftKind::Broadcast, DraftKind::Purchase,
                             DraftKind::NumberEdit});
        QVERIFY(store.open());
        const Draft before = store.draft(existing);
        QSignalSpy added(&store, &DraftStore::draftAdded);
        QSignalSpy changed(&store, &DraftStore::draftChanged);
        const DraftTransferResult result = store.importFrom(path);
        QVERIFY(!result.ok);
        QVERIFY(result.ids.isEmpty());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(result.error.size() < 400, qPrintable(result.error)); // one readable sentence
        QCOMPARE(added.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.draft(existing).title, before.title);
    }

    DraftStore reopened(dir.path());
    QVERIFY(reopened.open());
    QCOMPARE(reopened.count(), 1);
}

void tst_DraftImport::missingFile()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    const DraftTransferResult result = store.importFrom(dir.filePath(u"nowhere.json"_s));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(u"Cannot read"_s), qPrintable(result.error));
    QCOMPARE(store.count(), 0);
}

QTEST_GUILESS_MAIN(tst_DraftImport)
#include "tst_draftimport.moc"
