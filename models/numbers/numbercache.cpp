#include "numbercache.h"

#include "validation/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QElapsedTimer>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNumberCache, "switchboard.numbers.cache")

namespace {
constexpr int RowsPerPage = 5000;
constexpr quint8 BlobVersion = 2;

// A little-endian writer and reader for the row blob: lengths as varints, texts as UTF-8.
void putVarint(QByteArray *out, quint64 v)
{
    while (v >= 0x80) {
        out->append(char(v | 0x80));
        v >>= 7;
    }
    out->append(char(v));
}

void putText(QByteArray *out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    putVarint(out, quint64(utf8.size()));
    out->append(utf8);
}

struct Reader
{
    QByteArrayView data;
    qsizetype at = 0;
    bool ok = true;

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= data.size()) {
                ok = false;
                return 0;
            }
            const quint8 b = quint8(data[at++]);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    QByteArrayView bytes()
    {
        const quint64 n = varint();
        if (!ok || n > quint64(data.size() - at)) {
            ok = false;
            return {};
        }
        const QByteArrayView v = data.sliced(at, qsizetype(n));
        at += qsizetype(n);
        return v;
    }
    qint64 int64() { return qint64(varint()); }
};

QString fromUtf8(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}
} // namespace

QByteArray NumberCache::encode(const NumberRow &row, const std::array<quint32, NumberFieldCount> &ids)
{
    QByteArray out;
    out.reserve(96);
    out.append(char(BlobVersion));
    putText(&out, row.sid);
    putText(&out, row.phoneNumber);
    putText(&out, row.friendlyName);
    putVarint(&out, quint64(row.created));
    putVarint(&out, quint64(row.updated));
    putVarint(&out, row.problems);
    out.append(char(row.capabilities));
    out.append(char(row.beta ? 1 : 0));
    putVarint(&out, quint64(NumberFieldCount));
    for (quint32 id : ids)
        putVarint(&out, id);
    return out;
}

bool NumberCache::decode(QByteArrayView blob, quint32 strings, NumberRow *row)
{
    Reader r{blob};
    if (blob.isEmpty() || quint8(blob[0]) != BlobVersion)
        return false;
    r.at = 1;
    NumberRow out;
    out.sid = fromUtf8(r.bytes());
    out.phoneNumber = fromUtf8(r.bytes());
    out.friendlyName = fromUtf8(r.bytes());
    out.created = r.int64();
    out.updated = r.int64();
    out.problems = quint32(r.varint());
    if (r.at + 2 > blob.size())
        return false;
    out.capabilities = quint8(blob[r.at++]);
    out.beta = blob[r.at++] != 0;
    const quint64 fields = r.varint();
    if (!r.ok || fields != quint64(NumberFieldCount))
        return false;
    for (quint32 &f : out.fields) {
        const quint64 id = r.varint();
        if (id >= strings)
            return false; // a text the file does not have
        f = quint32(id);
    }
    if (!r.ok || r.at != blob.size() || out.sid.isEmpty() || out.phoneNumber.isEmpty())
        return false;
    *row = std::move(out);
    return true;
}

// The cache's own thread: one connection, used there only.
struct NumberCache::Worker
{
    QString path;
    QString identity;
    QString connection = u"numbercache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool opened = false;
    int rowsPerPart = NumberCache::DefaultPartRows;
    // The file's texts (URLs, SIDs, methods: most repeat from row to row), each stored once
    // and named by its id in the row blobs; id 0 is the empty text. Read when the file opens.
    QList<QString> texts;
    QHash<QString, quint32> textIds;

    // On the cache's thread, last: the connection is that thread's.
    void close()
    {
        if (opened)
            QSqlDatabase::database(connection, false).close();
        opened = false;
        if (QSqlDatabase::contains(connection))
            QSqlDatabase::removeDatabase(connection);
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qCWarning(lcNumberCache).noquote() << "cache statement failed:" << q.lastError().text();
            return false;
        }
        return true;
    }

    QString meta(const QString &key)
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    void dropFile(const QString &why)
    {
        qCInfo(lcNumberCache).noquote() << "numbers cache rebuilt from the server:" << why;
        if (opened)
            db().close();
        opened = false;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    }

    void forgetTexts()
    {
        texts = {QString()};
        textIds.clear();
    }

    // The texts table, whose ids run 1, 2, 3... as they were added; false when they do not.
    bool readTexts()
    {
        forgetTexts();
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, text FROM texts ORDER BY id"_s))
            return false;
        while (q.next()) {
            if (q.value(0).toLongLong() != texts.size())
                return false;
            QString text = q.value(1).toString();
            textIds.insert(text, quint32(texts.size()));
            texts.append(std::move(text));
        }
        return !q.lastError().isValid();
    }

    // Opens the file, rebuilding it when it cannot be trusted; false if none can be made.
    bool open()
    {
        if (opened)
            return true;
        for (int attempt = 0; attempt < 2; ++attempt) {
            QString why;
            if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), &why)
                || !PrivateFiles::prepareFile(path, &why)) {
                qCWarning(lcNumberCache).noquote() << "no numbers cache:" << why;
                return false;
            }
            QSqlDatabase d = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection, false)
                                                                : QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            d.setDatabaseName(path);
            if (!d.open()) {
                dropFile(d.lastError().text());
                continue;
            }
            opened = true;
            // No integrity pass here (it costs a read of the whole file before the first
            // row): reading every row finds a damaged page, and a damaged file is dropped then
            // (readAll(), isDamage()).
            // The first statement reads the file's header: a file that is not a database
            // (SQLite's 26) or is damaged there (11) is dropped before anything else.
            if (QSqlQuery wal(d); !wal.exec(u"PRAGMA journal_mode=WAL"_s)) {
                dropFile(isDamage(wal.lastError()) ? u"the file is damaged"_s : wal.lastError().text());
                continue;
            }
            exec(u"PRAGMA synchronous=NORMAL"_s);
            const bool fresh = !d.tables().contains(u"meta"_s);
            if (fresh) {
                if (!exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s)
                    || !exec(u"CREATE TABLE numbers (sid TEXT PRIMARY KEY, date_updated INTEGER NOT NULL,"
                             u" row BLOB NOT NULL) WITHOUT ROWID"_s)
                    || !exec(u"CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s)) {
                    dropFile(u"the tables could not be made"_s);
                    continue;
                }
                QSqlQuery q(d);
                q.prepare(u"INSERT INTO meta (key, value) VALUES ('schema', ?), ('identity', ?)"_s);
                q.addBindValue(QString::number(SchemaVersion));
                q.addBindValue(identity);
                if (!q.exec()) {
                    dropFile(q.lastError().text());
                    continue;
                }
                forgetTexts();
                return true;
            }
            if (meta(u"schema"_s) != QString::number(SchemaVersion)) {
                dropFile(u"it was written by another version"_s);
                continue;
            }
            if (meta(u"identity"_s) != identity) {
                dropFile(u"it holds another account's numbers"_s);
                continue;
            }
            if (!readTexts()) {
                dropFile(u"its texts are damaged"_s);
                continue;
            }
            return true;
        }
        return false;
    }

    // Reads every row, handing them over in parts as they are read (`part`, about
    // rowsPerPart rows each, in pages that share the file's texts) so the table fills while
    // the rest is read. False when the file could not be read or was dropped as damaged:
    // what was handed over already must be discarded.
    template <typename Expect, typename Part>
    bool readAll(QDateTime *savedAt, Expect expect, Part part)
    {
        if (!open())
            return true; // no cache: nothing to show, nothing to discard
        *savedAt = QDateTime::fromString(meta(u"saved_at"_s), Qt::ISODateWithMs);
        bool counted = false;
        if (const int rows = meta(u"rows"_s).toInt(&counted); counted && rows > 0)
            expect(rows);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT row FROM numbers"_s)) {
            dropFile(q.lastError().text());
            return false;
        }
        const quint32 known = quint32(texts.size());
        QList<NumberPage> pages;
        NumberPage page;
        qsizetype inPart = 0;
        while (q.next()) {
            const QVariant value = q.value(0);
            const QByteArray blob = value.toByteArray();
            NumberRow row;
            if (!NumberCache::decode(blob, known, &row)) {
                // A row this version cannot read: nothing of this file is trusted.
                q.finish();
                dropFile(u"a row could not be read"_s);
                return false;
            }
            page.rows.append(std::move(row));
            if (page.rows.size() >= std::min(RowsPerPage, rowsPerPart)) {
                page.strings = texts;
                inPart += page.rows.size();
                pages.append(std::move(page));
                page = {};
                if (inPart >= rowsPerPart) {
                    part(std::exchange(pages, {}));
                    inPart = 0;
                }
            }
        }
        if (q.lastError().isValid()) {
            // A damaged page of the file ends the read early.
            const QString why = q.lastError().text();
            q.finish();
            dropFile(why);
            return false;
        }
        if (!page.rows.isEmpty()) {
            page.strings = texts;
            pages.append(std::move(page));
        }
        if (!pages.isEmpty())
            part(std::move(pages));
        return true;
    }

    // The id of a text in the file, adding it when it is new (within write()'s transaction,
    // whose rollback forgets it again).
    bool textId(const QString &text, quint32 *id, QSqlQuery *insert, QString *error)
    {
        if (text.isEmpty()) {
            *id = 0;
            return true;
        }
        if (const auto it = textIds.constFind(text); it != textIds.cend()) {
            *id = *it;
            return true;
        }
        *id = quint32(texts.size());
        insert->bindValue(0, qint64(*id));
        insert->bindValue(1, text);
        if (!insert->exec()) {
            *error = insert->lastError().text();
            return false;
        }
        texts.append(text);
        textIds.insert(text, *id);
        return true;
    }

    bool write(const QList<NumberRow> &rows, const QList<QString> &strings,
               const QStringList &removed, bool complete, int listed, QString *error)
    {
        if (!open()) {
            *error = u"the numbers cache could not be opened"_s;
            return false;
        }
        QSqlDatabase d = db();
        if (!d.transaction()) {
            *error = d.lastError().text();
            return false;
        }
        const qsizetype knownTexts = texts.size();
        const auto fail = [&](const QSqlError &why) {
            *error = why.text();
            d.rollback();
            // The texts added in this transaction are gone with it.
            for (qsizetype i = knownTexts; i < texts.size(); ++i)
                textIds.remove(texts.at(i));
            texts.resize(knownTexts);
            if (isDamage(why))
                dropFile(why.text()); // the next full read writes a new file
            return false;
        };
        QSqlQuery insertText(d);
        insertText.prepare(u"INSERT INTO texts (id, text) VALUES (?, ?)"_s);
        // The file's id of each of the pool's texts, found once per save.
        QList<quint32> ids(strings.size(), std::numeric_limits<quint32>::max());
        QSqlQuery put(d);
        put.prepare(u"INSERT OR REPLACE INTO numbers (sid, date_updated, row) VALUES (?, ?, ?)"_s);
        for (const NumberRow &row : rows) {
            std::array<quint32, NumberFieldCount> fieldIds{};
            for (int i = 0; i < NumberFieldCount; ++i) {
                const quint32 f = row.fields[size_t(i)];
                if (f >= quint32(strings.size()))
                    continue; // no text
                if (ids.at(f) == std::numeric_limits<quint32>::max()
                    && !textId(strings.at(f), &ids[f], &insertText, error))
                    return fail(insertText.lastError());
                fieldIds[size_t(i)] = ids.at(f);
            }
            put.bindValue(0, row.sid);
            put.bindValue(1, row.updated);
            put.bindValue(2, NumberCache::encode(row, fieldIds));
            if (!put.exec())
                return fail(put.lastError());
        }
        QSqlQuery drop(d);
        drop.prepare(u"DELETE FROM numbers WHERE sid = ?"_s);
        for (const QString &sid : removed) {
            drop.bindValue(0, sid);
            if (!drop.exec())
                return fail(drop.lastError());
        }
        if (complete) {
            QSqlQuery when(d);
            when.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('saved_at', ?)"_s);
            when.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!when.exec())
                return fail(when.lastError());
            if (listed >= 0) {
                QSqlQuery count(d);
                count.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('rows', ?)"_s);
                count.addBindValue(QString::number(listed));
                if (!count.exec())
                    return fail(count.lastError());
            }
        }
        if (!d.commit())
            return fail(d.lastError());
        return true;
    }

    // SQLite's "database disk image is malformed" (11) and "file is not a database" (26).
    static bool isDamage(const QSqlError &error)
    {
        const QString code = error.nativeErrorCode();
        return code == u"11" || code == u"26";
    }
};

NumberCache::NumberCache(const QString &folder, const QString &accountKey, const QString &identity,
                         QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_thread(new QThread(this))
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    // A key of any text (a profile id) gives a plain file name.
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_path = QDir(folder).filePath(u"numbers-"_s + QString::fromLatin1(hash) + u".sqlite"_s);
    m_worker->path = m_path;
    m_worker->identity = identity;
    m_thread->setObjectName(u"numbers-cache"_s);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

NumberCache::~NumberCache()
{
    // Whatever was asked is written first: the thread ends after the last task.
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_context;
}

void NumberCache::setPartRows(int rows)
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker, rows] { worker->rowsPerPart = std::max(rows, 1); });
}

void NumberCache::load()
{
    QPointer<NumberCache> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker] {
        QDateTime savedAt;
        int parts = 0;
        qsizetype rows = 0;
        QElapsedTimer clock;
        clock.start();
        const auto expect = [self](int rows) {
            QMetaObject::invokeMethod(self, [self, rows] {
                if (self)
                    emit self->rowsExpected(rows);
            }, Qt::QueuedConnection);
        };
        const bool read = worker->readAll(&savedAt, expect, [&](QList<NumberPage> pages) {
            ++parts;
            for (const NumberPage &page : pages)
                rows += page.rows.size();
            QMetaObject::invokeMethod(self, [self, pages = std::move(pages)] {
                if (self)
                    emit self->partLoaded(pages);
            }, Qt::QueuedConnection);
        });
        qCInfo(lcNumberCache).noquote() << "read" << rows << "cached numbers in" << clock.elapsed() << "ms";
        QMetaObject::invokeMethod(self, [self, read, parts, savedAt] {
            if (!self)
                return;
            if (!read && parts > 0)
                emit self->loadDiscarded();
            emit self->loaded(read ? savedAt : QDateTime());
        }, Qt::QueuedConnection);
    });
}

void NumberCache::save(const QList<NumberRow> &rows, const QList<QString> &strings,
                       const QStringList &removed, bool complete, int listed)
{
    QPointer<NumberCache> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker, rows, strings, removed, complete, listed] {
        QString error;
        if (!worker->write(rows, strings, removed, complete, listed, &error)) {
            qCWarning(lcNumberCache).noquote() << "numbers cache not written:" << error;
            QMetaObject::invokeMethod(self, [self, error] {
                if (self)
                    emit self->saveFailed(error);
            }, Qt::QueuedConnection);
        }
    });
}

bool NumberCache::waitForIdle(int timeoutMs)
{
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(m_context, [done] { done->release(); });
    return done->tryAcquire(1, timeoutMs);
}
