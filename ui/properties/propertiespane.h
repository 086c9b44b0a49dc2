#pragma once

#include "listpane.h"

#include "properties/property.h"

#include <QPointer>

#include <optional>

class AccountClient;
class ApiJob;
class PropertyDetailView;
class PropertyFilterModel;
class PropertyListModel;
class QComboBox;
class QLineEdit;

// The Properties section of one account: a filter bar, the list (filled page by page as the
// user scrolls), the selected property's details, and the New property / Refresh actions,
// on the ListPane footing.
//
//     auto *pane = new PropertiesPane(client);          // asks for the first page at once
//     connect(pane, &SectionPane::newDocumentRequested, ...);  // New property
//     connect(pane, &SectionPane::loadFinished, ...);          // the first page arrived or failed
//
// "New property" asks the shell for a property draft's form (newDocumentRequested()). When
// a property draft is sent (draftSent()), the property is read back, added to the list
// (without a reload) and selected.
class PropertiesPane final : public ListPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesPane)

public:
    explicit PropertiesPane(AccountClient *client, QWidget *parent = nullptr);
    ~PropertiesPane() override;

    PropertyListModel *model() const { return m_model; }
    PropertyFilterModel *filterModel() const { return m_proxy; }

    // The selected property, if any.
    std::optional<Property> currentProperty() const;

public slots:
    // Asks for a New property document (newDocumentRequested()).
    void newProperty();
    void draftSent(const Draft &draft) override;
    // Adds a property created elsewhere to the list and selects it.
    void showCreated(const Property &property);

protected:
    QString placeholderText(State state) const override;
    QString statusText() const override;
    QString loadFailedText(const ApiError &error) const override;
    bool isFiltering() const override;
    void clearFilter() override;
    int filterFillRows() const override;
    void firstPageLoaded() override;
    void currentChanged() override;
    void aboutToReload() override;
    void sharedWidth() override;
    void readCurrent() override;

private:
    void buildUi();
    static QList<int> flagColumns();
    int flagWidth(int column) const;

    AccountClient *m_client;
    PropertyListModel *m_model;
    PropertyFilterModel *m_proxy;

    QAction *m_copySidAction = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_flagFilter = nullptr;
    PropertyDetailView *m_detail = nullptr;

    QPointer<ApiJob> m_readJob; // GET /v2/Properties/{sid} for the detail pane
};
