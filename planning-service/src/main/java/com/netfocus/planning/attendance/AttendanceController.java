package com.netfocus.planning.attendance;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.plan.PlanCommands;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Attendance: a visit to a chosen platform, with the people met. */
@RestController
public class AttendanceController {

    private final PlanCommands commands;

    public AttendanceController(PlanCommands commands) {
        this.commands = commands;
    }

    public record Recorded(long version) {
    }

    @PostMapping("/api/v1/plans/{planId}/attendance")
    public ResponseEntity<Recorded> record(Caller caller, @PathVariable String planId,
                                           @Valid @RequestBody RecordAttendanceRequest request) {
        long version = commands.send(planId, new RecordAttendance(planId, request.platformId(), request.arrivedAt(),
                request.leftAt(), request.contactsMet(), request.notes()), caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(version));
    }
}
