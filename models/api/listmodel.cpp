#include "listmodel.h"

ListModel::~ListModel() = default;

void ListModel::setTotalCount(int count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    emit totalCountChanged(count);
}
