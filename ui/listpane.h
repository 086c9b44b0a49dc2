#pragma once

#include "sectionpane.h"

#include <QModelIndex>

class ListModel;
class MessageBanner;
class QAbstractProxyModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class TableBehaviour;
struct ApiError;

// The footing of every list section (Properties, Numbers, Broadcast projects), written once:
// a filter bar, a message banner, the table (with TableBehaviour) or, while it has no row to
// show, a placeholder saying why (loading, failed, empty, nothing matches), a detail pane
// beside it in a splitter that gives way first, the New / Refresh / Find actions, and the
// paging: the first page at once, a Retry on the banner when a page fails, more pages as the
// user scrolls (and while a filter shows too few rows), loadFinished() after each load.
//
// A subclass builds its model and proxy, its columns, filters and detail page, then calls
// startLoading(); it answers the text hooks (placeholderText(), statusText(), ...). What a
// new list section writes is only what is its own:
//
//     class NotesPane final : public ListPane {
//         NotesPane(AccountClient *c, QWidget *parent)
//             : ListPane(new NoteListModel(c), parent)      // the model is the pane's child
//         {
//             setUpTable(u"noteTable"_s, u"notes"_s, NoteListModel::IdRole);
//             setCreateAction(tr("&New note"), tr("Write a note (%1)"), DraftKind::Note);
//             setDetailPage(new NoteView(this));
//             startLoading();
//         }
//         QString placeholderText(State s) const override { ... }
//         QString statusText() const override { ... }
//     };
class ListPane : public SectionPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPane)

public:
    // What the list area shows.
    enum class State {
        Rows,      // the table
        Loading,   // nothing to show yet, a page is on its way
        Failed,    // nothing to show, the last page failed (the banner says why, with Retry)
        Empty,     // the server has none: the create action is offered
        Searching, // a filter hides every row loaded so far; more pages are being read
        NoMatch,   // a filter hides every row: "Clear filter" is offered
    };
    Q_ENUM(State)

    ~ListPane() override;

    PaneActions paneActions() const override;
    QWidget *mainView() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    bool canReload() const override { return true; }
    QString statusMessage() const override { return m_statusMessage; }

    ListModel *listModel() const { return m_model; }
    QAbstractProxyModel *proxyModel() const { return m_proxy; } // null when the view shows the model
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    State state() const { return m_state; }
    QAction *createAction() const { return m_createAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *findAction() const { return m_findAction; }

protected:
    // `model` holds the list (the pane's, unless it has an owner already: a model several
    // views share); `proxy` (optional, the pane's) sorts or filters it for the view.
    ListPane(ListModel *model, QAbstractProxyModel *proxy, QWidget *parent);

    // --- Building (from the subclass's constructor) ---
    // The table on the proxy (or the model), with TableBehaviour under `settingsKey` and
    // rows identified by `keyRole` (set up by startLoading(), after the subclass's default
    // column widths, so the remembered ones win). Returns the view, to set its columns.
    QTableView *setUpTable(const QString &objectName, const QString &settingsKey, int keyRole);
    TableBehaviour *table() const;
    // Columns the user may hide and show from the header's menu (before startLoading()).
    void setOptionalColumns(const QList<int> &columns) { m_optionalColumns = columns; }
    // File ▸ New for this section (Ctrl+N): asks the shell for a new draft of `kind`.
    // `toolTip` may hold %1 for the shortcut.
    QAction *setCreateAction(const QString &text, const QString &toolTip, const QString &kind,
                             const QString &objectName);
    void setRefreshToolTip(const QString &toolTip); // %1: the shortcut
    // Edit ▸ Find (Ctrl+F) goes to this filter; Esc there clears it, twice back to the table.
    void setFindTarget(QLineEdit *filter);
    void addFilterWidget(QWidget *widget, int stretch = 0);
    // A widget across the pane between the banner and the list (a summary of the rows).
    void addAboveList(QWidget *widget);
    // Actions on the selected row(s): in the toolbar and the context menu.
    void setSelectionActions(const QList<QAction *> &actions);
    // The context menu's own first entries (Copy SID...); the selection's actions, New and
    // Refresh follow.
    void setContextActions(const QList<QAction *> &actions);
    // The detail pane's pages; the first shown page is the placeholder (detailPlaceholder()).
    QStackedWidget *detailStack() const { return m_detail; }
    QLabel *detailPlaceholder() const { return m_detailPlaceholder; }
    void showDetailPlaceholder(const QString &text);
    // How the splitter shares the width: the detail pane's minimum and maximum widths.
    void setDetailWidths(int minimum, int maximum);
    // Asks for the first page now (the view would ask anyway) and shows "Loading…".
    void startLoading();
    // A load of the model's own starts (a server-side filter reloads it): its first page
    // ends it, with loadFinished().
    void beginLoad();

    // --- Hooks ---
    virtual QString placeholderText(State state) const = 0;
    // The status bar's text ("250 of 312 properties").
    virtual QString statusText() const = 0;
    // "Could not load the properties. %1" with the error's words.
    virtual QString loadFailedText(const ApiError &error) const = 0;
    // Whether a filter (local or the server's) narrows the list; clearFilter() undoes it.
    virtual bool isFiltering() const { return false; }
    virtual void clearFilter() {}
    // While a local filter shows fewer rows than this, more pages are read.
    virtual int filterFillRows() const { return 0; }
    // The first page of a load arrived: fit columns (unless the user's were restored).
    virtual void firstPageLoaded() {}
    // The current row changed (or its data): show it in the detail pane.
    virtual void currentChanged() {}
    // A moment after readCurrentSoon() (the selection settled): read the current row's
    // record from the server, for the detail pane.
    virtual void readCurrent() {}
    // A reload starts: the detail pane forgets what it showed.
    virtual void aboutToReload() {}
    // The width the list wants beside the detail pane (default: its columns, the stretching
    // one at 24 characters); sharedWidth() runs once the splitter has shared.
    virtual int preferredListWidth() const;
    virtual void sharedWidth() {}
    // The list and the detail pane share the width again, then the columns the list's (after
    // columns were fitted to the rows: sharedWidth() follows).
    void shareWidth();

    // --- For subclasses ---
    // Arrowing through the list reads only where it stops: readCurrent() after 250 ms.
    void readCurrentSoon();
    void stopReadingCurrent();
    // The model's row of the view's current row; invalid when none.
    QModelIndex currentSourceIndex() const;
    // Makes a model row current (and selected, and in view); false if a filter hides it.
    bool selectSourceRow(int row);
    QModelIndex mapToView(const QModelIndex &sourceIndex) const;
    // The leftmost column the view shows (where the current index goes).
    int firstShownColumn() const;
    void updateState();
    void updateStatus();
    // Pages on while the view is near its end or a filter shows too few rows.
    void fetchMoreIfNeeded();

    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    State computeState() const;
    void onPageLoaded();
    void onPageFailed(const ApiError &error);
    void onRowsChanged();
    void retry();
    void onPlaceholderButton();
    void updateContextMenu();

    ListModel *m_model;
    QAbstractProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QHBoxLayout *m_filterBar;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QProgressBar *m_busy;
    QPushButton *m_placeholderButton;
    QStackedWidget *m_detail;
    QLabel *m_detailPlaceholder;
    QSplitter *m_splitter;
    QTimer *m_readTimer;
    QAction *m_createAction = nullptr;
    QAction *m_refreshAction;
    QAction *m_findAction = nullptr;
    QList<QAction *> m_selectionActions;
    QList<QAction *> m_contextActions;
    QString m_settingsKey;
    int m_keyRole = -1;
    QList<int> m_optionalColumns;
    QString m_statusMessage;
    State m_state = State::Loading;
    int m_detailMaximum = 440;
    bool m_userSized = false; // the user moved the splitter: their sizes stay
    bool m_started = false;   // startLoading() was called: the subclass is built, hooks may run
    bool m_loaded = false;    // the current load's first page arrived or failed
    bool m_awaitingFirstPage = false;
};
