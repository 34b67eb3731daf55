package io.callpipeline.crm.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The INSERT of an entity's new row, written from the entity's own JPA mapping: its table, every insertable column
 * and each value's form come from Hibernate's metamodel, so the entity and the migration are the only places that
 * name the columns (and Hibernate's schema validation holds those two together). For rows that must be inserted
 * with a plain statement behind {@link UniqueInsert}'s savepoint, where persisting through the entity manager would
 * turn a twin's unique violation into a spoiled transaction. The row's identifier is the database's; an
 * association's foreign key is left empty.
 *
 * @param <T> the entity
 */
public final class EntityInsert<T> {

    /** One column: where it is in the statement and how its value is read off the entity. */
    private record Column(String name, BasicValuedModelPart part, AttributeMapping attribute) {

        Object value(Object entity) {
            Object value = attribute.getValue(entity);
            if (value instanceof Enum<?> constant) {
                // an ordinal column is a number; a name is text or the database's own enum type
                return part.getJdbcMapping().getJdbcType().isInteger() ? constant.ordinal() : constant.name();
            }
            Object relational = part.getJdbcMapping().convertToRelationalValue(value);
            return relational instanceof Instant instant ? Timestamp.from(instant) : relational;
        }
    }

    private final String sql;
    private final List<Column> columns;

    private EntityInsert(String table, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.sql = "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /**
     * @throws IllegalArgumentException when {@code type} is not an entity of {@code factory}, or maps no column
     */
    public static <T> EntityInsert<T> of(EntityManagerFactory factory, Class<T> type) {
        EntityPersister entity;
        try {
            entity = factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(type.getName() + " is not an entity of this persistence unit", e);
        }
        List<Column> columns = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        entity.forEachAttributeMapping(attribute -> {
            if (attribute instanceof BasicValuedModelPart part && part.isInsertable()) {
                columns.add(new Column(part.getSelectionExpression(), part, attribute));
                tables.add(part.getContainingTableExpression());
            }
        });
        if (columns.isEmpty() || tables.stream().distinct().count() != 1) {
            throw new IllegalArgumentException(type.getName() + " is not an entity of one table with columns of its own");
        }
        return new EntityInsert<>(tables.get(0), columns);
    }

    /** The statement, with one parameter per column in {@link #columns()}' order. */
    public String sql() {
        return sql;
    }

    /** The columns the statement writes. */
    public List<String> columns() {
        return columns.stream().map(Column::name).toList();
    }

    /** The new row's values, in the columns' order, as JDBC takes them. */
    public Object[] values(T entity) {
        return columns.stream().map(column -> column.value(entity)).toArray();
    }
}
