#pragma once

#include "sectionpane.h"

#include "properties/property.h"

#include <QPointer>

class AccountClient;
class ApiJob;
class QTimer;
class MessageBanner;
class PropertyDetailView;
class PropertyFilterModel;
class PropertyListModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

// The Properties section of one account: a filter bar, the list (filled page by page as the
// user scrolls), the selected property's details, and the New property / Refresh actions.
//
//     auto *pane = new PropertiesPane(client);          // asks for the first page at once
//     connect(pane, &SectionPane::newDocumentRequested, ...);  // New property
//     connect(pane, &SectionPane::loadFinished, ...);          // the first page arrived or failed
//
// "New property" asks the shell for a property draft's form (newDocumentRequested()). When
// a property draft is sent (draftSent()), the property is read back, added to the list
// (without a reload) and selected.
class PropertiesPane final : public SectionPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesPane)

public:
    explicit PropertiesPane(AccountClient *client, QWidget *parent = nullptr);
    ~PropertiesPane() override;

    QList<QAction *> toolBarActions() const override;
    bool isLoaded() const override { return m_loaded; }
    void reload() override;
    bool canReload() const override { return true; }

    PropertyListModel *model() const { return m_model; }
    PropertyFilterModel *filterModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString statusMessage() const override { return m_statusMessage; }

    // The selected property, if any.
    std::optional<Property> currentProperty() const;

public slots:
    // Opens a New property form (documentOpened) and returns it.
    // Asks for a New property document (newDocumentRequested()).
    void newProperty();
    void draftSent(const Draft &draft) override;
    // Adds a property created elsewhere to the list and selects it.
    void showCreated(const Property &property);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void shareWidth();
    void startLoading();
    void onPageLoaded();
    void onPageFailed(const ApiError &error);
    void onCurrentChanged();
    void onRowsChanged();
    void fetchMoreIfNeeded();
    void updateState();
    void updateStatus();
    void retry();
    void clearFilter();
    void selectSourceRow(int row);
    void readSelected();

    AccountClient *m_client;
    PropertyListModel *m_model;
    PropertyFilterModel *m_proxy;

    QAction *m_newAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copySidAction = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_flagFilter = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_placeholderButton = nullptr;
    PropertyDetailView *m_detail = nullptr;
    class QSplitter *m_splitter = nullptr;
    bool m_userSized = false; // the user moved the splitter: their sizes stay

    QTimer *m_readTimer = nullptr;  // a moment after the selection settles
    QPointer<ApiJob> m_readJob;     // GET /v2/Properties/{sid} for the detail pane
    QString m_statusMessage;
    bool m_loaded = false;         // the current load's first page arrived or failed
    bool m_awaitingFirstPage = false;
};
