import type { TaskNotes } from '../ports'
import { glideRecordOf } from './glideRecordOf'

/** `TaskNotes` over GlideRecord: appends to the task's `work_notes` journal. */
export const glideTaskNotes = (): TaskNotes => ({
    addWorkNote(task, text) {
        const gr = glideRecordOf(task.table)
        if (!gr.get(task.sysId)) return
        gr.setValue('work_notes', text)
        gr.update()
    },
})
