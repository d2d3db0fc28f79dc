package fr.passerelle.domain.shared;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A period of whole days; both ends are included, as on a contract or a training calendar. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new DomainException("INVALID_DATE_RANGE", "La date de fin (" + end + ") précède la date de début (" + start + ").");
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean encloses(DateRange other) {
        return contains(other.start) && contains(other.end);
    }

    /** True when the range covers the whole period, e.g. 1 January to 30 June lasts six months. */
    public boolean lastsAtLeast(Period period) {
        return !end.plusDays(1).isBefore(start.plus(period));
    }
}
