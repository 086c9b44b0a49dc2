#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QAbstractItemView;
class QAction;
class QHeaderView;
class QMenu;
class QSettings;
class QSplitter;
class QTimer;

// What makes a table a Switchboard table, in one place, so that every pane's list behaves
// the same way (as KeePassXC's, qBittorrent's and Dolphin's do):
// - Tab and Shift+Tab leave the table; the arrow keys move inside it.
// - A context menu with the pane's actions for the rows (open, copy SID, refresh...), then
//   "Copy as text" (the selected rows, tab-separated, as Edit ▸ Copy does).
// - Column widths, order and the sort order are remembered under a settings key, saved a
//   moment after they change (not only on a clean quit) and restored when set up.
// - The current row and its place in the viewport survive a reset (Refresh, a new filter
//   from the server) where the row comes back, and a filter or sort that moves rows.
// - Ctrl+C copies the selected rows as text, as "Copy as text" does.
// Enter, Return and a double click on a row are the view's activated() signal: connect it.
//
//     auto *table = TableBehaviour::setUp(m_view, u"properties"_s); // after setModel()
//     table->setKeyRole(PropertyListModel::SidRole);                 // what identifies a row
//     table->setContextActions({m_openAction, nullptr, m_refreshAction}); // nullptr: separator
//     connect(m_view, &QAbstractItemView::activated, this, &Pane::openCurrent);
class TableBehaviour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableBehaviour)

public:
    // Sets up `view` (which must have its model) and returns its behaviour, a child of the
    // view. `settingsKey` names the table in the settings ("Tables/<key>/…"); empty: the
    // columns are not remembered.
    static TableBehaviour *setUp(QAbstractItemView *view, const QString &settingsKey = {});
    // The behaviour set up on a view, or null.
    static TableBehaviour *of(const QAbstractItemView *view);
    // Where every table remembers its columns (not owned; null: nowhere). The main window
    // sets its own; tests a temporary one.
    static void setSettings(QSettings *settings);
    static QSettings *settings();

    // The role whose value identifies a row across a reset (a SID, a draft id), read from
    // column 0. Without one, a reset keeps only the scroll position.
    void setKeyRole(int role);
    // The context menu's own actions, in order; a null entry is a separator.
    void setContextActions(const QList<QAction *> &actions);
    // Columns the user may hide and show again from the header's context menu (the others
    // always show); what they chose is remembered with the widths.
    void setOptionalColumns(const QList<int> &columns);
    QList<int> optionalColumns() const { return m_optional; }
    // The header's menu: a check for each optional column.
    QMenu *createHeaderMenu(QWidget *parent);
    // The menu as the user would see it at this moment (for tests; the caller owns it).
    QMenu *createContextMenu(QWidget *parent) const;
    // "Copy as text": the selected rows (or the current one) as tab-separated lines of the
    // visible columns, as Edit ▸ Copy and the context menu put them on the clipboard.
    QString selectedText() const;
    void copySelection() const;
    QAction *copyAction() const { return m_copyAction; }

    // The remembered columns, now (also done by setUp()); false if there were none.
    bool restoreColumns();
    void saveColumns();
    // Whether the user's own widths came from the settings (a column resized by hand: then
    // they are not refitted). Widths that were only fitted to another window are refitted.
    bool columnsRestored() const { return m_restored; }

    // The width the visible columns want, stretching ones counted at `stretchMinimum`.
    int preferredWidth(int stretchMinimum) const;
    // Fits `column` to what the rows in view hold, at most `maximum` pixels.
    void fitColumn(int column, int maximum);
    // The width `column` wants when there is room (what fitColumn() would find), set now.
    void setWantedWidth(int column, int width);
    // When the columns want more than the view shows (a narrow window), the given columns
    // (fitted with fitColumn()) give up room in proportion to what they want, down to
    // `minimum` pixels each, so that the stretching column keeps `stretchMinimum` and nothing
    // needs scrolling sideways; with room again they get back what they want. Their text
    // elides (the model's tooltip tells the rest). The `first` columns (flags, say) give up
    // room before them, down to `firstMinimum` each, for as long as any of them or the
    // stretching column's text would be cut.
    void shareRoom(const QList<int> &columns, int minimum, int stretchMinimum,
                   const QList<int> &first = {}, int firstMinimum = 0);
    // A list beside a detail pane: the list (the splitter's first widget) gets the width its
    // columns want, the detail pane gives way first, down to its minimum width, and takes
    // what is left up to `detailMaximum`.
    static void shareSplitter(QSplitter *splitter, int listWidth, int detailMaximum);

protected:
    // Ctrl+C copies the selected rows (the view alone would copy one cell).
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The user hid or showed a column from the header's menu.
    void columnsShownChanged();

private:
    TableBehaviour(QAbstractItemView *view, const QString &settingsKey);
    QHeaderView *header() const;
    void snapshot(bool currentChanged);
    void captureCurrent();
    void restoreCurrent();
    void rememberKey();
    void findRememberedKey();
    void scrollToOffset(const QModelIndex &index, int offset);
    int visibleOffset(const QModelIndex &index) const; // -1: not in the viewport

    QAbstractItemView *m_view;
    QString m_settingsKey;
    int m_keyRole = -1;
    QList<QPointer<QAction>> m_contextActions;
    QAction *m_copyAction;
    QTimer *m_saveTimer;
    QByteArray m_savedState;
    bool m_restored = false;
    QHash<int, int> m_wanted; // column -> the width fitColumn() found
    bool m_adjusting = false; // fitColumn() or shareRoom() is resizing
    bool m_userSized = false; // the user resized a column: shareRoom() leaves them alone
    // The current row (its key) and its offset in the viewport, as last seen while the model
    // was stable; a change that moves rows (filter, sort) puts it back there.
    bool m_captured = false; // a change came: restoreCurrent() is due
    bool m_changing = false; // between a model's about-to signal and its done signal
    QVariant m_trackedKey; // the current row's key (if there is a key role)
    int m_trackedOffset = -1;
    // A reset: the current row's key and offset, until it comes back or another is chosen.
    QVariant m_pendingKey;
    int m_pendingOffset = 0;
    bool m_restoring = false;
    QList<int> m_optional;
};
