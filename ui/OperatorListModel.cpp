#include "OperatorListModel.h"

namespace spdc {

OperatorListModel::OperatorListModel(QObject *parent) : QAbstractTableModel(parent) {}

void OperatorListModel::setOperators(const QList<OperatorDatabase::Operator> &operators)
{
    beginResetModel();
    m_operators = operators;
    endResetModel();
}

int OperatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperatorListModel::codeText(const OperatorDatabase::Operator &op)
{
    return op.mcc + QLatin1Char(' ') + op.mnc;
}

QVariant OperatorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operators.size())
        return {};
    const OperatorDatabase::Operator &op = m_operators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return op.name;
        case CountryColumn:
            return op.countryCode.isEmpty() ? op.countryName
                                            : OperatorDatabase::countryDisplayName(op.countryCode);
        case CodeColumn:
            return codeText(op);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: An operator in the list: name, country, mobile country and network codes
        return tr("%1, %2, MCC %3, MNC %4")
            .arg(op.name,
                 op.countryCode.isEmpty() ? op.countryName
                                          : OperatorDatabase::countryDisplayName(op.countryCode),
                 op.mcc, op.mnc);
    default:
        return {};
    }
}

QVariant OperatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Operator");
    case CountryColumn:
        return tr("Country");
    case CodeColumn:
        //: Mobile country code and mobile network code
        return tr("MCC MNC");
    default:
        return {};
    }
}

} // namespace spdc
