<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name />
    <message>
        <location filename="../../bounceback/ui/checkin/afterwards.py" line="+38"/>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 punto</numerusform>
            <numerusform>%1 puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>una vez</numerusform>
            <numerusform>%Ln veces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 eased your feelings by %2 on average (%3).</source>
        <translation>%1 alivió tus sentimientos en %2 de media (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After %1, your feelings were %2 stronger on average (%3).</source>
        <translation>Después de %1, tus sentimientos fueron %2 más intensos de media (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1, your feelings stayed about the same (%3).</source>
        <translation>Después de %1, tus sentimientos se mantuvieron más o menos igual (%3).</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/checkin/models.py" line="+29"/>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coping: %1</source>
        <translation>Afrontamiento: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall</source>
        <translation>En general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you felt overall, from 1 (very low) to 10 (good)</source>
        <translation>Cómo te sentiste en general, de 1 (muy mal) a 10 (bien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main feelings</source>
        <translation>Sentimientos principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/search/words.py" line="+21"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/checkin/questions.py" line="+14"/>
        <source>Undo your changes?</source>
        <translation>¿Deshacer tus cambios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes you made to this check-in since it was last saved will be lost.</source>
        <translation>Se perderán los cambios que hiciste en este registro desde la última vez que se guardó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/chart_figure.py" line="+139"/>
        <location filename="../../bounceback/ui/timeline/insights_lanes.py" line="+176"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %Ln point(s) from %2 to %3, values %4 to %5</source>
        <translation>
            <numerusform>%1: %Ln punto de %2 a %3, valores de %4 a %5</numerusform>
            <numerusform>%1: %Ln puntos de %2 a %3, valores de %4 a %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/dialogs.py" line="+27"/>
        <location filename="../../bounceback/ui/timeline/history.py" line="+23"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes to %1 that aren't saved yet. Save them?</source>
        <translation>Tienes cambios sin guardar en %1. ¿Quieres guardarlos?</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/labels.py" line="+31"/>
        <location line="+69"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="+34"/>
        <location filename="../../bounceback/ui/timeline/insights_lanes.py" line="-139"/>
        <source>Applied</source>
        <translation>Candidatura enviada</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewing</source>
        <translation>En entrevistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="+3"/>
        <location filename="../../bounceback/ui/timeline/insights_lanes.py" line="+5"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/timeline/insights_lanes.py" line="+1"/>
        <source>Not selected</source>
        <translation>No seleccionado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applied directly</source>
        <translation>Candidatura directa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recruiter reached out</source>
        <translation>Te contactó un/a reclutador/a</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Interview round %1 on %2 with %3</source>
        <comment>review item</comment>
        <translation>Entrevista, ronda %1, el %2 con %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview round %1 on %2</source>
        <comment>review item</comment>
        <translation>Entrevista, ronda %1, el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview on %1 with %2</source>
        <comment>review item</comment>
        <translation>Entrevista el %1 con %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview on %1</source>
        <comment>review item</comment>
        <translation>Entrevista el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening call on %1</source>
        <comment>review item</comment>
        <translation>Llamada de preselección el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First contact with the recruiter on %1</source>
        <comment>review item</comment>
        <translation>Primer contacto con reclutador/a el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up on %1</source>
        <comment>review item</comment>
        <translation>Seguimiento el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message on %1</source>
        <comment>review item</comment>
        <translation>Mensaje el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>review item: what happened, then its first line</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recruiter contact</source>
        <translation>Contacto con reclutador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location line="-56"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="-2"/>
        <source>Screening call</source>
        <translation>Llamada de preselección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="+1"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you sent</source>
        <translation>Agradecimiento enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejection</source>
        <translation>Respuesta negativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback requested</source>
        <translation>Comentarios pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback received</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reapplied</source>
        <translation>Nueva postulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce-back step</source>
        <translation>Paso para volver a empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CV / résumé</source>
        <translation>CV / currículum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview notes</source>
        <translation>Notas de la entrevista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interviewer</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiter</source>
        <translation>Reclutador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <translation>Quien te recomendó</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/timeline/people.py" line="+48"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applying</source>
        <translation>Envío de la candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Cover letter</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you notes</source>
        <translation>Notas de agradecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common reasons offers don't come</source>
        <translation>Motivos habituales por los que no llega una oferta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet looked at</source>
        <translation>Sin revisar aún</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Went well</source>
        <translation>Fue bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To improve</source>
        <translation>A mejorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/feedback/models.py" line="+101"/>
        <location filename="../../bounceback/ui/review/insights.py" line="+98"/>
        <location filename="../../bounceback/ui/today/words.py" line="+109"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept your emotions</source>
        <translation>Acepta tus emociones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be gracious and stay connected</source>
        <translation>Sé amable y mantén el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation>Pide comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the process</source>
        <translation>Revisa el proceso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not asked yet</source>
        <translation>Aún sin pedir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, waiting</source>
        <translation>Pedida, en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added by you</source>
        <translation>Añadida por ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From feedback</source>
        <translation>De los comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a review</source>
        <translation>De una revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a check-in</source>
        <translation>De un registro</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1%</source>
        <comment>a share in percent; the number is written by the language</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/ops.py" line="+308"/>
        <source>BounceBack is busy looking after your data file. Nothing was changed; please try again in a moment.</source>
        <translation>BounceBack está ocupado cuidando tu archivo de datos. No se cambió nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>BounceBack couldn't save just now. Nothing was changed. Please try again in a moment.</source>
        <translation>BounceBack no ha podido guardar ahora mismo. No se ha cambiado nada. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong while saving. Nothing was changed.</source>
        <translation>Algo salió mal al guardar. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../bounceback/ui/today/tray.py" line="+107"/>
        <source>BounceBack</source>
        <translation>BounceBack</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/template_dialog.py" line="+28"/>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback request</source>
        <translation>Petición de comentarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the person you're writing to</source>
        <translation>la persona a quien escribes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the company</source>
        <translation>la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role you applied for</source>
        <translation>el puesto al que te postulaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day of the interview</source>
        <translation>el día de la entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your own name</source>
        <translation>tu propio nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put back the original?</source>
        <translation>¿Restaurar el original?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the original text of the %1 template? Your changes to it will be lost.</source>
        <translation>¿Restaurar el texto original de la plantilla %1? Se perderán los cambios que le hiciste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put back</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/models.py" line="+40"/>
        <location line="+37"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/feedback/models.py" line="-44"/>
        <location filename="../../bounceback/ui/timeline/models.py" line="-34"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/exchange/csv_mapping.py" line="+216"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/exchange/export_dialog.py" line="+50"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a file called “%1” there. Replace it with this export?</source>
        <translation>Ya hay un archivo llamado “%1” ahí. ¿Quieres reemplazarlo con esta exportación?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/exchange/import_pages.py" line="+47"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BounceBack &amp;export (JSON)</source>
        <translation>&amp;Exportación de BounceBack (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file saved with File → Export as “Everything, as BounceBack JSON”, perhaps on another computer. Entries you already have here are left as they are.</source>
        <translation>Un archivo guardado con Archivo → Exportar como “Todo, como JSON de BounceBack”, quizá en otro ordenador. Las entradas que ya tienes aquí se quedan como están.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Spreadsheet of applications (CSV)</source>
        <translation>&amp;Hoja de cálculo de candidaturas (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Excel, LibreOffice, Google Sheets or another job tracker, saved as CSV. You'll match its columns in the next step.</source>
        <translation>De Excel, LibreOffice, Google Sheets u otro programa de seguimiento de empleo, guardado como CSV. En el siguiente paso harás coincidir sus columnas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Daylio mood export (CSV)</source>
        <translation>Exportación de estados de ánimo de &amp;Daylio (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Daylio: More → Export entries → CSV. Each entry becomes a check-in with its mood, note and activities.</source>
        <translation>En Daylio: Más → Exportar entradas → CSV. Cada entrada se convierte en un registro con su estado de ánimo, su nota y sus actividades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>j&amp;rnl journal (JSON)</source>
        <translation>Diario de j&amp;rnl (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with “jrnl --export json”. Each entry becomes a check-in with its text and tags.</source>
        <translation>Creado con “jrnl --export json”. Cada entrada se convierte en un registro con su texto y sus etiquetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;LinkedIn data archive (ZIP)</source>
        <translation>Archivo de datos de LinkedIn (&amp;ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In LinkedIn: Settings → Data privacy → Get a copy of your data. Choose the ZIP as it came, the folder it unpacks to, or one of its CSV files. Only your job applications, saved jobs and connections are read.</source>
        <translation>En LinkedIn: Configuración → Privacidad de datos → Obtener una copia de tus datos. Elige el ZIP tal como llegó, la carpeta en la que se descomprime o uno de sus archivos CSV. Solo se leen tus candidaturas, empleos guardados y contactos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn archive (*.zip *.csv);;All files (*)</source>
        <translation>Archivo de LinkedIn (*.zip *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/exchange/summary.py" line="+17"/>
        <source>%Ln timeline event(s)</source>
        <translation>
            <numerusform>%Ln evento de la cronología</numerusform>
            <numerusform>%Ln eventos de la cronología</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln feedback note(s)</source>
        <translation>
            <numerusform>%Ln nota de comentarios</numerusform>
            <numerusform>%Ln notas de comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln review item(s)</source>
        <translation>
            <numerusform>%Ln elemento de revisión</numerusform>
            <numerusform>%Ln elementos de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bounce-back plan(s)</source>
        <translation>
            <numerusform>%Ln plan para volver a empezar</numerusform>
            <numerusform>%Ln planes para volver a empezar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/exchange/linkedin_page.py" line="+30"/>
        <location filename="../../bounceback/ui/exchange/summary.py" line="+7"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location filename="../../bounceback/ui/exchange/summary.py" line="-14"/>
        <source>%Ln saved job(s)</source>
        <translation>
            <numerusform>%Ln empleo guardado</numerusform>
            <numerusform>%Ln empleos guardados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from this archive: %1.</source>
        <translation>Novedades de este archivo: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new to add from this archive.</source>
        <translation>No hay nada nuevo que añadir de este archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your answers to %Ln screening question(s) are kept with them, for when you look back.</source>
        <translation>
            <numerusform>Tu respuesta a %Ln pregunta de selección se guarda con ellas, para cuando mires atrás.</numerusform>
            <numerusform>Tus respuestas a %Ln preguntas de selección se guardan con ellas, para cuando mires atrás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln saved job(s) here were applied to since; they move on to Applied.</source>
        <translation>
            <numerusform>A %Ln empleo guardado aquí te has presentado desde entonces; pasa a Candidatura enviada.</numerusform>
            <numerusform>A %Ln empleos guardados aquí te has presentado desde entonces; pasan a Candidatura enviada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of your People will be marked as connected on LinkedIn.</source>
        <translation>
            <numerusform>%Ln de tus personas quedará marcada como contacto en LinkedIn.</numerusform>
            <numerusform>%Ln de tus personas quedarán marcadas como contacto en LinkedIn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln job(s) in it are already here and stay as they are.</source>
        <translation>
            <numerusform>%Ln empleo del archivo ya está aquí y se queda como está.</numerusform>
            <numerusform>%Ln empleos del archivo ya están aquí y se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything in this archive is already here.</source>
        <translation>Todo lo de este archivo ya está aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read: %1. Nothing else in the archive was opened.</source>
        <translation>Leído: %1. No se ha abierto nada más del archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%Ln of your connections work where you applied.</source>
        <translation>
            <numerusform>%Ln de tus contactos trabaja donde te presentaste.</numerusform>
            <numerusform>%Ln de tus contactos trabajan donde te presentaste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/exchange/summary.py" line="+38"/>
        <source>There was nothing in this file to add.</source>
        <translation>No había nada que añadir en este archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything in this file was already here; a few details were added.</source>
        <translation>Todo lo de este archivo ya estaba aquí; se añadieron algunos detalles.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing new to add: all %Ln entries in this file were already here.</source>
        <translation>
            <numerusform>Nada nuevo que añadir: la única entrada de este archivo ya estaba aquí.</numerusform>
            <numerusform>Nada nuevo que añadir: las %Ln entradas de este archivo ya estaban aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <location line="+14"/>
        <source>%Ln were already here, so they were left as they were.</source>
        <translation>
            <numerusform>%Ln ya estaba aquí, así que se dejó como estaba.</numerusform>
            <numerusform>%Ln ya estaban aquí, así que se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>%Ln saved job(s) moved on to Applied.</source>
        <translation>
            <numerusform>%Ln empleo guardado ha pasado a Candidatura enviada.</numerusform>
            <numerusform>%Ln empleos guardados han pasado a Candidatura enviada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln of your People marked as connected on LinkedIn.</source>
        <translation>
            <numerusform>%Ln de tus personas marcada como contacto en LinkedIn.</numerusform>
            <numerusform>%Ln de tus personas marcadas como contacto en LinkedIn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Added %1.</source>
        <translation>Se añadió: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong while importing. Nothing was imported, so your entries are as they were.</source>
        <translation>Algo salió mal al importar. No se importó nada, así que tus entradas siguen como estaban.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/exchange/linkedin_page.py" line="-106"/>
        <location filename="../../bounceback/ui/exchange/summary.py" line="-81"/>
        <location filename="../../bounceback/ui/feedback/insights.py" line="+43"/>
        <location filename="../../bounceback/ui/timeline/board.py" line="+527"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="+99"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln candidatura</numerusform>
            <numerusform>%Ln candidaturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/feedback/insights.py" line="+6"/>
        <source>No themes yet.</source>
        <translation>Aún no hay temas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No theme has come up more than once yet.</source>
        <translation>Todavía ningún tema ha surgido más de una vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” came up for %2</source>
        <translation>“%1” surgió en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, “%1” for %2</source>
        <translation>, “%1” en %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Came up for %1: %2</source>
        <translation>Surgió en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="-69"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How often each theme came up</source>
        <translation>Cuántas veces surgió cada tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No themes yet. They show up once some feedback has words in it: an answer, your reaction or a lesson.</source>
        <translation>Aún no hay temas. Aparecen cuando algún comentario tiene texto: una respuesta, tu reacción o una lección aprendida.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Themes in your feedback</source>
        <translation>Temas en tus comentarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme, lessons and action items</source>
        <translation>Tema, lecciones aprendidas y acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes with their lessons and action items</source>
        <translation>Temas con sus lecciones aprendidas y acciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A theme is a topic that came up, not a verdict: the lessons beside it say what to do with it. Double-click where it came up to open it.</source>
        <translation>Un tema es algo que surgió, no un veredicto: las lecciones aprendidas que lo acompañan dicen qué hacer con él. Haz doble clic donde surgió para abrirlo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lessons</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No lesson written yet</source>
        <translation>Aún no hay ninguna lección aprendida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../bounceback/ui/review/insights.py" line="-25"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action items yet</source>
        <translation>Aún no hay acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it came up</source>
        <translation>Dónde surgió</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/feedback/models.py" line="-30"/>
        <source>Answered %1</source>
        <translation>Respondida el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · follow up %2</source>
        <translation>%1 · seguimiento el %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked on</source>
        <translation>Fecha de petición</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../bounceback/ui/plan/step_card.py" line="+130"/>
        <source>Not done yet</source>
        <translation>Aún sin hacer</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/today/words.py" line="-23"/>
        <source>Feedback request to %1</source>
        <translation>Petición de comentarios a %1</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/feedback/request.py" line="+50"/>
        <source>Start from the template?</source>
        <translation>¿Empezar desde la plantilla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your request with a fresh draft from the template? What you wrote will be lost.</source>
        <translation>¿Reemplazar tu petición por un borrador nuevo a partir de la plantilla? Se perderá lo que escribiste.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/plan/step_card.py" line="-102"/>
        <source>Take time to name what you feel and how strongly, and pick a way to cope that suits you. A hiring decision weighs many things and is rarely personal. When you're ready, move on.</source>
        <translation>Tómate tu tiempo para poner nombre a lo que sientes y a su intensidad, y elige una forma de afrontarlo que te vaya bien. Una decisión de contratación sopesa muchas cosas y rara vez es personal. Cuando llegue el momento, sigue adelante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a short thank-you to the people you met: wish them well and ask them to keep you in mind. A good moment to connect on LinkedIn.</source>
        <translation>Envía una breve nota de agradecimiento a las personas que conociste: deséales lo mejor y pídeles que te tengan en cuenta. Es un buen momento para conectar en LinkedIn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask what you could improve — positively, never “why not me?”. A recruiter is often the best person to ask. Then use what you hear.</source>
        <translation>Pregunta qué podrías mejorar — en positivo, nunca “¿por qué yo no?”. Un/a reclutador/a suele ser la mejor persona a quien preguntar. Después, aprovecha lo que te digan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go from the first message to the last. Don't dwell on what went wrong: turn each finding into something you'll do next time.</source>
        <translation>Repasa desde el primer mensaje hasta el último. No te quedes en lo que salió mal: convierte cada hallazgo en algo que harás la próxima vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Check in…</source>
        <translation>&amp;Hacer un registro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank people…</source>
        <translation>A&amp;gradecer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k for feedback…</source>
        <translation>&amp;Pedir comentarios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review…</source>
        <translation>Rev&amp;isar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What you've done for this step</source>
        <translation>Lo que has hecho para este paso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <comment>a step card's button: its own words, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Next · %1</source>
        <translation>Siguiente · %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo skip: %1</source>
        <translation>Deshacer la omisión: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+41"/>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+44"/>
        <source>Mark step done: %1</source>
        <translation>Marcar el paso como hecho: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Not every step fits every time. That's fine.</source>
        <translation>No todos los pasos encajan siempre. No pasa nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Skip step: %1</source>
        <translation>Omitir el paso: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not done yet: %1</source>
        <translation>Aún sin hacer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo skip</source>
        <translation>Deshacer omisión</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/privacy/startup.py" line="+198"/>
        <source>BounceBack could not read its data file; it may be damaged, and there is no backup to go back to. Nothing has been changed. The file is %1.</source>
        <translation>BounceBack no pudo leer su archivo de datos; puede que esté dañado, y no hay ninguna copia de seguridad a la que volver. No se ha cambiado nada. El archivo es %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>BounceBack could not read its data file; it may be damaged. Your latest good backup is from %1 (applications: %2, check-ins: %3). Restore it? The damaged file is kept in the backups folder, exactly as it is.</source>
        <translation>BounceBack no pudo leer su archivo de datos; puede que esté dañado. Tu última copia de seguridad en buen estado es del %1 (candidaturas: %2, registros: %3). ¿Quieres restaurarla? El archivo dañado se guarda en la carpeta de copias de seguridad, tal como está.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>BounceBack's data file is empty, though this folder held your data before, and there is no backup to go back to. If you have a copy of your own, quit and put it back as %1. Or start again with an empty journal.</source>
        <translation>El archivo de datos de BounceBack está vacío, aunque esta carpeta ya guardaba tus datos, y no hay ninguna copia de seguridad a la que volver. Si tienes una copia tuya, sal y vuelve a ponerla como %1. O empieza de nuevo con un diario vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>BounceBack's data file is empty, though this folder held your data before (a failed copy, a sync tool or a full disk can do this). Your latest good backup is from %1 (applications: %2, check-ins: %3). Restore it?</source>
        <translation>El archivo de datos de BounceBack está vacío, aunque esta carpeta ya guardaba tus datos (puede pasar tras una copia fallida, con una herramienta de sincronización o con el disco lleno). Tu última copia de seguridad en buen estado es del %1 (candidaturas: %2, registros: %3). ¿Quieres restaurarla?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>BounceBack couldn't put the backup in place (is the disk full?). Nothing has been replaced; your backups are in %1.</source>
        <translation>BounceBack no pudo colocar la copia de seguridad (¿está lleno el disco?). No se ha reemplazado nada; tus copias de seguridad están en %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bounceback/ui/privacy/store_changes.py" line="+56"/>
        <source>%Ln older backup(s) were made with a different passphrase, so they were left as they were in the backups folder. They open only with that passphrase.</source>
        <translation>
            <numerusform>%Ln copia de seguridad anterior se hizo con otra frase de contraseña, así que se dejó tal como estaba en la carpeta de copias de seguridad. Solo se abre con esa frase de contraseña.</numerusform>
            <numerusform>%Ln copias de seguridad anteriores se hicieron con otra frase de contraseña, así que se dejaron tal como estaban en la carpeta de copias de seguridad. Solo se abren con esa frase de contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something went wrong, so nothing was changed. Your data is as it was.</source>
        <translation>Algo salió mal, así que no se cambió nada. Tus datos siguen como estaban.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Protecting your entries…</source>
        <translation>Protegiendo tus entradas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries are now protected by your passphrase.</source>
        <translation>Tus entradas ahora están protegidas con tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changing your passphrase…</source>
        <translation>Cambiando tu frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passphrase has been changed.</source>
        <translation>Tu frase de contraseña se ha cambiado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing the passphrase…</source>
        <translation>Quitando la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase has been removed.</source>
        <translation>La frase de contraseña se ha quitado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring your backup…</source>
        <translation>Restaurando tu copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your backup has been restored. What was there before is kept as a backup.</source>
        <translation>Tu copia de seguridad se ha restaurado. Lo que había antes se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>BounceBack couldn't make a backup just now (is the disk full?). Your data is as it was.</source>
        <translation>BounceBack no pudo hacer una copia de seguridad ahora mismo (¿está lleno el disco?). Tus datos siguen como estaban.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/review/insights.py" line="-42"/>
        <source>%1, %2</source>
        <comment>done, then open</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln hecha</numerusform>
            <numerusform>%Ln hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action items yet.</source>
        <translation>Aún no hay acciones.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Action items by where they came from</source>
        <translation>Acciones según su origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action items yet. They come from feedback, reviews and check-ins, or you can add your own.</source>
        <translation>Aún no hay acciones. Surgen de los comentarios, las revisiones y los registros, o puedes añadir las tuyas.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action items at a glance</source>
        <translation>Acciones de un vistazo</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/search/words.py" line="-4"/>
        <source>Review · %1</source>
        <translation>Revisión · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document · %1</source>
        <translation>Documento · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/timeline/insights.py" line="+121"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search your applications, contacts, timeline, check-in journals, feedback, review notes, action items and documents.

Words match as you type: “practis” finds “practised”. Put a phrase in &quot;quotes&quot;.</source>
        <translation>Busca en tus candidaturas, contactos, cronología, diarios de registros, comentarios, notas de revisión, acciones y documentos.

Las palabras coinciden mientras escribes: «practiq» encuentra «practiqué». Pon una frase entre &quot;comillas&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing found for “%1”.

Every word has to appear in the same record, as the start of a word. Try fewer words, or the beginning of one.</source>
        <translation>No se encontró nada para “%1”.

Cada palabra tiene que aparecer en la misma entrada, como comienzo de una palabra. Prueba con menos palabras, o con el principio de una.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The best %1 matches. Add a word to narrow them down.</source>
        <translation>Los %1 mejores resultados. Añade una palabra para acotarlos.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/history.py" line="-4"/>
        <source>History of this application</source>
        <translation>Historial de esta candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;event…</source>
        <translation>A&amp;ñadir evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an event</source>
        <translation>Añadir un evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected event</source>
        <translation>Editar el evento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected event</source>
        <translation>Eliminar el evento seleccionado</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/insights.py" line="-143"/>
        <source>the same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same day</source>
        <translation>mismo día</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 día</numerusform>
            <numerusform>%1 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln of %1 applications got this far (%2)</source>
        <translation>
            <numerusform>%Ln de %1 candidaturas llegó hasta aquí (%2)</numerusform>
            <numerusform>%Ln de %1 candidaturas llegaron hasta aquí (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 answered (%3)</source>
        <translation>%1 de %2 con respuesta (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>first answer typically after %1</source>
        <translation>primera respuesta, normalmente, en %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>% answered</source>
        <translation>% con respuesta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Days (typical)</source>
        <translation>Días (lo habitual)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>No applications yet.</source>
        <translation>Aún no hay candidaturas.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+51"/>
        <source>Not enough applications yet to see a pattern.</source>
        <translation>Aún no hay suficientes candidaturas para ver un patrón.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>No answers recorded yet. Silence is common, and it says nothing about you.</source>
        <translation>Aún no hay respuestas registradas. El silencio es habitual y no dice nada de ti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies answered %1 of your %2 applications (%3).</source>
        <translation>Las empresas respondieron a %1 de tus %2 candidaturas (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first answer typically came after %1.</source>
        <translation>La primera respuesta solía llegar en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln saved to apply to</source>
        <translation>
            <numerusform>%Ln guardada para postularte</numerusform>
            <numerusform>%Ln guardadas para postularte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered</source>
        <translation>%1 con respuesta</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>Your search at a glance</source>
        <translation>Tu búsqueda de un vistazo</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Scroll to zoom in time, drag to move along; double-click a lane to open that application.</source>
        <translation>Gira la rueda para acercar o alejar en el tiempo y arrastra para desplazarte; haz doble clic en una franja para abrir esa candidatura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How far applications got</source>
        <translation>Hasta dónde llegaron las candidaturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered, by how you applied</source>
        <translation>Respuestas, según cómo te postulaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to a first answer</source>
        <translation>Días hasta la primera respuesta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pipeline and answers</source>
        <translation>Avance y respuestas</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/insights_lanes.py" line="-5"/>
        <source>Heard back</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening or interview</source>
        <translation>Filtro o entrevista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own steps and notes</source>
        <translation>Tus propios pasos y notas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your applications over time</source>
        <translation>Tus candidaturas a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your applications will show here as a timeline once you add some.</source>
        <translation>Tus candidaturas aparecerán aquí como una cronología cuando añadas alguna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scroll through applications</source>
        <translation>Desplazarse por las candidaturas</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln application(s), newest first</source>
        <translation>
            <numerusform>%Ln candidatura, de la más reciente a la más antigua</numerusform>
            <numerusform>%Ln candidaturas, de la más reciente a la más antigua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln event(s), the latest: %2 on %3</source>
        <translation>
            <numerusform>%1: %Ln evento, el último: %2 el %3</numerusform>
            <numerusform>%1: %Ln eventos, el último: %2 el %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/models.py" line="-19"/>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/board.py" line="-349"/>
        <location line="+107"/>
        <location filename="../../bounceback/ui/timeline/models.py" line="+13"/>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/models.py" line="+7"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/people.py" line="-29"/>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected on %1</source>
        <translation>Conectados desde el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile known</source>
        <translation>Perfil conocido</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/documents.py" line="+76"/>
        <source>%1
Also sent to: %2</source>
        <translation>%1
También enviado a: %2</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/document_actions.py" line="+41"/>
        <location filename="../../bounceback/ui/timeline/documents.py" line="+4"/>
        <location filename="../../bounceback/ui/timeline/people.py" line="+17"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/documents.py" line="+1"/>
        <location line="+70"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+78"/>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Also sent to</source>
        <translation>También enviado a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Documents of this application</source>
        <translation>Documentos de esta candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a file to this application</source>
        <translation>Adjuntar un archivo a esta candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>View the selected document</source>
        <translation>Ver el documento seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document</source>
        <translation>Quitar el documento seleccionado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a copy of the selected document</source>
        <translation>Guardar una copia del documento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a copy where you choose (not encrypted)</source>
        <translation>Poner una copia donde elijas (sin cifrar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop files here to keep them with this application</source>
        <translation>Suelta archivos aquí para guardarlos con esta candidatura</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+17"/>
        <source>The application</source>
        <translation>La candidatura</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An event</source>
        <translation>Un evento</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/people.py" line="+1"/>
        <source>Part</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanked</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People in this application</source>
        <translation>Personas en esta candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add per&amp;son…</source>
        <translation>A&amp;ñadir persona…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write than&amp;k-you…</source>
        <translation>&amp;Escribir agradecimiento…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add a person to this application</source>
        <translation>Añadir una persona a esta candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person</source>
        <translation>Editar la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/documents.py" line="-64"/>
        <location filename="../../bounceback/ui/timeline/people.py" line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/people.py" line="+1"/>
        <source>Remove the selected person from this application</source>
        <translation>Quitar de esta candidatura a la persona seleccionada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a thank-you note to the selected person</source>
        <translation>Escribir una nota de agradecimiento a la persona seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a short thank-you note to copy into your own mail program</source>
        <translation>Redactar una breve nota de agradecimiento para copiarla en tu propio programa de correo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short thank-you keeps the door open. It's a good moment to connect on LinkedIn too.</source>
        <translation>Un breve agradecimiento deja la puerta abierta. También es un buen momento para conectar en LinkedIn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No people yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No one here yet.
Add the interviewer or the recruiter you spoke with, so you can thank them and keep in touch.</source>
        <translation>Todavía no hay nadie aquí.
Añade a la persona que te entrevistó o al reclutador o reclutadora con quien hablaste, para poder darles las gracias y mantener el contacto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the application first; then you can add the people you met.</source>
        <translation>Guarda primero la candidatura; después podrás añadir a las personas que conociste.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/today/tray.py" line="-68"/>
        <source>It's in Today whenever you're ready.</source>
        <translation>Lo tienes en Hoy cuando quieras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and more in Today.</source>
        <translation>…y más en Hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few things for today</source>
        <translation>Algunas cosas para hoy</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Show Today</source>
        <translation>Mostrar Hoy</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/today/words.py" line="-64"/>
        <location line="+60"/>
        <source>Apply to %1 by %2</source>
        <translation>Postúlate a %1 antes del %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>Thank-you note for %1</source>
        <translation>Nota de agradecimiento para %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>No answer yet from %1</source>
        <translation>Aún no hay respuesta de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up with %1</source>
        <translation>Haz seguimiento con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>No reply from %1 yet</source>
        <translation>Aún sin respuesta de %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Reapply to %1?</source>
        <translation>¿Volver a postularte a %1?</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Get back in touch with %1</source>
        <translation>Retoma el contacto con %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You saved the %1 role to apply to. There's still time; one good application is worth more than a rushed one.</source>
        <translation>Guardaste el puesto de %1 para postularte. Aún hay tiempo; una buena candidatura vale más que una hecha con prisas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After their answer on %1. Thank them, wish them well, and ask them to keep you in mind.</source>
        <translation>Tras su respuesta del %1. Dales las gracias, deséales lo mejor y pídeles que te tengan en cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After your interview on %1. A short, kind note keeps the door open.</source>
        <translation>Tras tu entrevista del %1. Una nota breve y amable deja la puerta abierta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You asked %1 for feedback on %2. A gentle follow-up is fine, and so is letting it go.</source>
        <translation>Pediste comentarios a %1 el %2. Está bien hacer un seguimiento amable, y también dejarlo estar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About your feedback request to %1. One gentle note is enough.</source>
        <translation>Sobre tu petición de comentarios a %1. Con una nota amable basta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You applied on %1. Silence is common and says nothing about you. Mark it as no response and make room for what's next?</source>
        <translation>Enviaste la candidatura el %1. El silencio es habitual y no dice nada de ti. ¿La marcas como sin respuesta y dejas sitio a lo que viene?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day you picked to consider them again. What you learned last time is ready when you are.</source>
        <translation>El día que elegiste para volver a tenerlos en cuenta. Lo que aprendiste la última vez te espera cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A friendly hello to %1 at %2 keeps the connection warm.</source>
        <translation>Un saludo amistoso a %1, de %2, mantiene viva la relación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A friendly hello to %1 keeps the connection warm.</source>
        <translation>Un saludo amistoso a %1 mantiene viva la relación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For %1 — %2</source>
        <translation>Para %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step you planned.</source>
        <translation>Un paso que planeaste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stay in touch with %1</source>
        <translation>Mantén el contacto con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An action item for %1</source>
        <translation>Una acción para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An action item you planned</source>
        <translation>Una acción que planeaste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I've applied</source>
        <translation>Ya me postulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came</source>
        <translation>No llegó respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark no response</source>
        <translation>Marcar sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Got in touch</source>
        <translation>Contacto retomado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved on to applied, dated today.</source>
        <translation>Pasada a enviada, con fecha de hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted on the timeline: thank-you sent.</source>
        <translation>Anotado en la cronología: agradecimiento enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as no answer. That's common, and fine.</source>
        <translation>Marcada como sin respuesta. Es habitual, y no pasa nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted on the timeline: you followed up.</source>
        <translation>Anotado en la cronología: hiciste el seguimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as no response. On to what's next.</source>
        <translation>Marcada como sin respuesta. A por lo que viene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted on the timeline: you got in touch.</source>
        <translation>Anotado en la cronología: retomaste el contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done. Nicely handled.</source>
        <translation>Hecho. Bien resuelto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whenever you're ready</source>
        <translation>Cuando quieras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/plan_offer.py" line="+96"/>
        <source>You've named what you feel and picked a way to cope. Ready to close step 1?</source>
        <translation>Has puesto nombre a lo que sientes y has elegido una forma de afrontarlo. ¿Quieres cerrar el paso 1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone you met is thanked — mark this step done?</source>
        <translation>Ya has dado las gracias a todas las personas que conociste: ¿marcar este paso como hecho?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have their answer, what you learned and a next step — mark this step done?</source>
        <translation>Tienes su respuesta, lo que aprendiste y un siguiente paso: ¿marcar este paso como hecho?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item is looked at, and each thing to improve has a next step — mark this step done?</source>
        <translation>Has repasado todos los elementos y cada cosa a mejorar tiene un siguiente paso: ¿marcar este paso como hecho?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That was the last step: your plan after %1 is complete. Well done for taking the time.</source>
        <translation>Ese era el último paso: tu plan tras el “no” de %1 está completo. Bien hecho por dedicarte este tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1, “%2”, is done. Be proud of taking it.</source>
        <translation>El paso %1, “%2”, está hecho. Date el mérito de haberlo dado.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+35"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Mark step %1 done</source>
        <translation>Marcar el paso %1 como hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Step %1 is open again.</source>
        <translation>El paso %1 vuelve a estar abierto.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/common/charts.py" line="+107"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/feedback/form_layout.py" line="+140"/>
        <source>&amp;by</source>
        <translation>&amp;por</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frame it positively: “What could I improve?” rather than “Why didn't you hire me?”.</source>
        <translation>Plantéalo en positivo: “¿Qué podría mejorar?” en lugar de “¿Por qué no me contrataron?”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It's natural to feel defensive. Note it, then look for what you can use.</source>
        <translation>Es natural ponerse a la defensiva. Reconócelo y luego busca lo que puedas aprovechar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Whom you asked</source>
        <translation>&amp;A quién preguntaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As&amp;ked on</source>
        <translation>Pe&amp;dido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request</source>
        <translation>Tu solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer came on</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../bounceback/ui/timeline/document_actions.py" line="+7"/>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first reac&amp;tion</source>
        <translation>Tu primera reac&amp;ción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;lesson</source>
        <translation>La &amp;lección aprendida</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/help/about.py" line="+33"/>
        <source>Qt and Qt for Python (PySide6)</source>
        <translation>Qt y Qt for Python (PySide6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sqlcipher3 with SQLCipher</source>
        <translation>sqlcipher3 con SQLCipher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pypdfium2 with PDFium</source>
        <translation>pypdfium2 con PDFium</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, documents none yet</source>
        <translation>%1, todavía sin documentos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, of which %Ln document(s): %2</source>
        <translation>
            <numerusform>%1, de los que %Ln documento: %2</numerusform>
            <numerusform>%1, de los que %Ln documentos: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files sent more than once are kept once, sparing %1.</source>
        <translation>Los archivos enviados más de una vez se guardan una sola vez, lo que ahorra %1.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/review/compare.py" line="+45"/>
        <source>What you sent to %1 — BounceBack</source>
        <translation>Lo que enviaste a %1 — BounceBack</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you sent: %1</source>
        <translation>Lo que enviaste: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CV you sent isn't kept here yet. In the Timeline, open the application's Documents and attach it (or drop the file on the application).</source>
        <translation>El CV que enviaste aún no está guardado aquí. En la Cronología, abre los Documentos de la candidatura y adjúntalo (o suelta el archivo sobre la candidatura).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter you sent isn't kept here yet. In the Timeline, open the application's Documents and attach it (or drop the file on the application).</source>
        <translation>La carta que enviaste aún no está guardada aquí. En la Cronología, abre los Documentos de la candidatura y adjúntala (o suelta el archivo sobre la candidatura).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you sent</source>
        <translation>Lo que enviaste</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>The job description</source>
        <translation>La descripción del puesto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No job description is kept for this application. Pasting it in the Timeline (or attaching the posting) makes this comparison possible next time.</source>
        <translation>No hay descripción del puesto guardada para esta candidatura. Pegarla en la Cronología (o adjuntar la oferta) hace posible esta comparación la próxima vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Look for the words the posting repeats, and whether the first third of what you sent speaks to them.</source>
        <translation>Busca las palabras que la oferta repite y mira si el primer tercio de lo que enviaste responde a ellas.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/document_actions.py" line="-14"/>
        <location line="+66"/>
        <location line="+50"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Rename document</source>
        <translation>Cambiar el nombre del documento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This e-mail from %1 reads like a “not this time”. I'm sorry.

Record it as their answer on %2? The e-mail is kept with it, and your bounce-back plan starts as usual.</source>
        <translation>Este correo de %1 suena a un «esta vez no». Lo siento.

¿Lo registro como su respuesta del %2? El correo se guarda con ella, y tu plan para recuperarte empieza como siempre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record their answer</source>
        <translation>Registrar su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just keep the e-mail</source>
        <translation>Solo guardar el correo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is larger than %2 MB, the most BounceBack keeps for one file. A PDF export or a smaller copy will fit. Nothing was attached.</source>
        <translation>%1 ocupa más de %2 MB, lo máximo que BounceBack guarda por archivo. Una exportación a PDF o una copia más pequeña cabrá. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keeping your files…</source>
        <translation>Guardando tus archivos…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Their answer is on the timeline, with the e-mail.</source>
        <translation>Su respuesta está en la cronología, con el correo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept. The same file was also sent to %1.</source>
        <translation>Guardado. El mismo archivo también se envió a %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kept %Ln file(s) with this application.</source>
        <translation>
            <numerusform>%Ln archivo guardado con esta candidatura.</numerusform>
            <numerusform>%Ln archivos guardados con esta candidatura.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BounceBack couldn't keep these files. Nothing was attached.</source>
        <translation>BounceBack no ha podido guardar estos archivos. No se ha adjuntado nada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved a copy to %1. It isn't encrypted: keep it somewhere private.</source>
        <translation>Copia guardada en %1. No está cifrada: guárdala en un lugar privado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now kept as: %1.</source>
        <translation>Guardado ahora como: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved.</source>
        <translation>Movido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renamed.</source>
        <translation>Nombre cambiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this application? BounceBack's copy goes (the file you attached it from, if you still have it, stays where it is).</source>
        <translation>¿Quitar «%1» de esta candidatura? Se va la copia de BounceBack (el archivo desde el que lo adjuntaste, si aún lo tienes, se queda donde está).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document removed.</source>
        <translation>Documento quitado.</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/document_window.py" line="+34"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Your data file is protected by your passphrase, but the copy won't be. Keep it somewhere private.</source>
        <translation>Tu archivo de datos está protegido por tu frase de contraseña, pero la copia no lo estará. Guárdala en un lugar privado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please choose a place outside BounceBack's own data folder.</source>
        <translation>Elige un lugar fuera de la carpeta de datos de BounceBack.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BounceBack couldn't write the copy there (%1). Please choose another place.</source>
        <translation>BounceBack no ha podido escribir la copia ahí (%1). Elige otro lugar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — BounceBack</source>
        <translation>%1 — BounceBack</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../bounceback/ui/timeline/documents.py" line="+7"/>
        <location line="+26"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/timeline/app_editor.py" line="+38"/>
        <source>Through %1, with the CV “%2”</source>
        <translation>A través de %1, con el CV «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Through %1</source>
        <translation>A través de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the CV “%1”</source>
        <translation>Con el CV «%1»</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../bounceback/ui/help/about.py" line="+18"/>
        <source>About BounceBack</source>
        <translation>Acerca de BounceBack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private companion for the weeks after a job rejection. Everything you write stays on this computer: no account, no network.</source>
        <translation>Un compañero privado para las semanas después de un rechazo laboral. Todo lo que escribes se queda en este ordenador: sin cuenta, sin red.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder: %1</source>
        <translation>Abrir la carpeta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not made yet: it appears with the first backup.</source>
        <translation>Aún no existe: aparece con la primera copia de seguridad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BounceBack is free software under the GNU General Public License, version 3 or later. It is made with:</source>
        <translation>BounceBack es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Está hecho con:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (the icons)</source>
        <translation>%1 (los iconos)</translation>
    </message>
</context>
<context>
    <name>AcceptBox</name>
    <message>
        <location filename="../../bounceback/ui/checkin/accept.py" line="+36"/>
        <source>A hiring decision weighs many things — salary expectations, experience level, personality fit, sometimes a gut feeling. It is rarely about you as a person.</source>
        <translation>Una decisión de contratación sopesa muchas cosas: expectativas salariales, nivel de experiencia, encaje de personalidad y, a veces, una corazonada. Rara vez tiene que ver contigo como persona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take the time you need. When the feelings have had their say, you can close this step.</source>
        <translation>Tómate el tiempo que necesites. Cuando los sentimientos hayan dicho lo suyo, puedes cerrar este paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to &amp;move on</source>
        <translation>Ya puedo &amp;seguir adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to move on</source>
        <translation>Ya puedo seguir adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close step 1 of the bounce-back plan</source>
        <translation>Cerrar el paso 1 del plan Volver a empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step 1 of your bounce-back plan: %1</source>
        <translation>Paso 1 de tu plan Volver a empezar: %1</translation>
    </message>
</context>
<context>
    <name>AcceptStep</name>
    <message>
        <location line="+45"/>
        <source>Step 1 is done. The rest can wait until you're ready.</source>
        <translation>El paso 1 está hecho. El resto puede esperar hasta que estés listo/a.</translation>
    </message>
</context>
<context>
    <name>ActionArea</name>
    <message>
        <location filename="../../bounceback/ui/review/editor.py" line="+55"/>
        <source>Turn it into an action</source>
        <translation>Conviértelo en una acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don't dwell on what went wrong — turn it into something you'll do.</source>
        <translation>No te detengas en lo que salió mal: conviértelo en algo que harás.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add as an a&amp;ction</source>
        <translation>Añadir como a&amp;cción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date for the next step</source>
        <translation>Fecha para el siguiente paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as an action</source>
        <translation>Añadir como acción</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Siguiente paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ue</source>
        <translation>&amp;Para cuándo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down one small step you'll take.</source>
        <translation>Anota un pequeño paso que vas a dar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. ask someone there for a referral first</source>
        <translation>p. ej., pedir primero a alguien de allí que me recomiende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ask a friend to proofread my resume</source>
        <translation>p. ej., pedir a un amigo que revise mi currículum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. open with why this company, in one line</source>
        <translation>p. ej., empezar explicando por qué esta empresa, en una línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. reply within a day, and read it aloud before sending</source>
        <translation>p. ej., responder en un día y leerlo en voz alta antes de enviarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. practise that answer out loud with a friend</source>
        <translation>p. ej., practicar esa respuesta en voz alta con un amigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. send a short thank-you the same day</source>
        <translation>p. ej., enviar un breve agradecimiento el mismo día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will you do next time? %1</source>
        <translation>¿Qué harás la próxima vez? %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ask a friend to proofread</source>
        <translation>p. ej., pedir a un amigo que lo revise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved. Whenever you're ready, one small step here turns this into something you'll do.</source>
        <translation>Guardado. Cuando estés listo/a, un pequeño paso aquí convierte esto en algo que harás.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln action(s) already came from this item; listed below.</source>
        <translation>
            <numerusform>De este elemento ya salió una acción; aparece abajo.</numerusform>
            <numerusform>De este elemento ya salieron %Ln acciones; aparecen abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../bounceback/ui/feedback/action_panel.py" line="+51"/>
        <source>Edit action item</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Para cuándo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is the step? A few words are enough.</source>
        <translation>¿Cuál es el paso? Bastan unas pocas palabras.</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <location line="+15"/>
        <source>Action items from this feedback</source>
        <translation>Acciones a partir de estos comentarios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A next step, e.g. Practise the salary question</source>
        <translation>Un siguiente paso, p. ej., Practicar la pregunta sobre el salario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action item</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date of the new action item</source>
        <translation>Fecha prevista de la nueva acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date (optional)</source>
        <translation>Fecha prevista (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ste&amp;p</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add step to the action items</source>
        <translation>Añadir el paso a las acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected action item</source>
        <translation>Editar la acción seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected action item</source>
        <translation>Eliminar la acción seleccionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due</source>
        <translation>para el</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Save this note first; then you can turn what you learned into action items.</source>
        <translation>Guarda primero esta nota; luego podrás convertir lo que aprendiste en acciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will you do with this? e.g. emphasise leadership in answers; rephrase resume bullets.</source>
        <translation>¿Qué harás con esto? p. ej., destacar el liderazgo en las respuestas; reformular puntos del currículum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will you do with this feedback? Small, concrete steps work best.</source>
        <translation>¿Qué harás con estos comentarios? Los pasos pequeños y concretos funcionan mejor.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln of %1 still to do.</source>
        <translation>
            <numerusform>Queda %Ln de %1 por hacer.</numerusform>
            <numerusform>Quedan %Ln de %1 por hacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All of these are done.</source>
        <translation>Todas están hechas.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Action item added.</source>
        <translation>Acción añadida.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete action item</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this action item?

“%1”</source>
        <translation>¿Eliminar esta acción?

“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action item deleted.</source>
        <translation>Acción eliminada.</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../bounceback/ui/review/models.py" line="+215"/>
        <source>What you'll do</source>
        <translation>Lo que harás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it came from</source>
        <translation>De dónde salió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../bounceback/ui/review/actions_panel.py" line="+41"/>
        <location line="+31"/>
        <source>Actions for this application</source>
        <translation>Acciones para esta candidatura</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Hide done ones</source>
        <translation>Ocultar las hechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;elete action</source>
        <translation>&amp;Eliminar acción</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick an action when it's done; double-click to reword it.</source>
        <translation>Marca una acción cuando esté hecha; haz doble clic para reformularla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide done ones among the actions</source>
        <translation>Ocultar las hechas entre las acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected action</source>
        <translation>Eliminar la acción seleccionada</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No actions yet. When something could go better next time, mark it “to improve” above and turn it into one small step.</source>
        <translation>Aún no hay acciones. Cuando algo pueda salir mejor la próxima vez, márcalo como “a mejorar” arriba y conviértelo en un pequeño paso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every action here is done.</source>
        <translation>Todas las acciones de aquí están hechas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Marked as done.</source>
        <translation>Marcada como hecha.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marked as open.</source>
        <translation>Marcada como pendiente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the action “%1”?</source>
        <translation>¿Eliminar la acción “%1”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action deleted.</source>
        <translation>Acción eliminada.</translation>
    </message>
</context>
<context>
    <name>Afterwards</name>
    <message>
        <location filename="../../bounceback/ui/checkin/afterwards.py" line="+30"/>
        <source>Once you have spent the time, a moment here shows which ways of coping help you.</source>
        <translation>Cuando hayas dedicado ese tiempo, un momento aquí te muestra qué formas de afrontarlo te ayudan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../bounceback/ui/checkin/insights.py" line="+411"/>
        <source>&amp;Record how I feel now</source>
        <translation>&amp;Registrar cómo me siento ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record how I feel now</source>
        <translation>Registrar cómo me siento ahora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done with %1? How strong is each feeling now?</source>
        <translation>¿Terminaste con %1? ¿Con qué intensidad sientes ahora cada sentimiento?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How strong now: %1</source>
        <translation>Intensidad ahora: %1</translation>
    </message>
</context>
<context>
    <name>AllEventsPanel</name>
    <message>
        <location filename="../../bounceback/ui/timeline/all_events.py" line="+35"/>
        <source>All events, in date order</source>
        <translation>Todos los eventos, por fecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing here yet. Events appear as you add applications and record what happens.</source>
        <translation>Aún no hay nada aquí. Los eventos aparecen a medida que añades candidaturas y registras lo que pasa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Double-click an event to open its application.</source>
        <translation>Haz doble clic en un evento para abrir su candidatura.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Gathering every event…</source>
        <translation>Reuniendo todos los eventos…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln event(s). Double-click one to open its application.</source>
        <translation>
            <numerusform>%Ln evento. Haz doble clic en él para abrir su candidatura.</numerusform>
            <numerusform>%Ln eventos. Haz doble clic en uno para abrir su candidatura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationBoard</name>
    <message>
        <location filename="../../bounceback/ui/timeline/board.py" line="+262"/>
        <source>Sho&amp;w archived</source>
        <translation>Mostrar arch&amp;ivadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived applications</source>
        <translation>Mostrar candidaturas archivadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a card to another column to change its status, or press Ctrl+Left or Ctrl+Right.</source>
        <translation>Arrastra una tarjeta a otra columna para cambiar su estado, o pulsa Ctrl+Izquierda o Ctrl+Derecha.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Applications by status</source>
        <translation>Candidaturas por estado</translation>
    </message>
</context>
<context>
    <name>ApplicationContext</name>
    <message>
        <location filename="../../bounceback/ui/timeline/context.py" line="+150"/>
        <source>Bounce-back plan: all four steps are behind you.</source>
        <translation>Volver a empezar: ya has dejado atrás los cuatro pasos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I'm sorry it was a no. Take a breath: when you're ready, four small steps can help you bounce back, at your own pace.</source>
        <translation>Siento que haya sido un no. Respira hondo: cuando te sientas con fuerzas, cuatro pequeños pasos pueden ayudarte a volver a empezar, a tu ritmo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounce-back plan: %1 of 4 steps done. Take them at your own pace.</source>
        <translation>Volver a empezar: %1 de 4 pasos hechos. Dalos a tu propio ritmo.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../bounceback/ui/timeline/app_editor.py" line="+58"/>
        <source>e.g. Northwind</source>
        <translation>p. ej., Northwind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Product designer</source>
        <translation>p. ej., Diseñador/a de producto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The job posting's web address</source>
        <translation>La dirección web de la oferta de empleo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste the job description: it is handy when you review or reapply.</source>
        <translation>Pega la descripción del puesto: es útil cuando hagas la revisión o vuelvas a postularte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything you want to remember</source>
        <translation>Cualquier cosa que quieras recordar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it started</source>
        <translation>Cómo empezó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied on</source>
        <translation>Fecha de candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The last day to apply, if the posting gives one</source>
        <translation>El último día para postularte, si la oferta lo indica</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Apply by</source>
        <translation>Postularte antes del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salary range, from</source>
        <translation>Rango salarial, desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary range, up to</source>
        <translation>Rango salarial, hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>Pues&amp;to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it star&amp;ted</source>
        <translation>&amp;Cómo empezó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appl&amp;ied on</source>
        <translation>&amp;Fecha de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;by</source>
        <translation>Postularte antes &amp;del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link</source>
        <translation>En&amp;lace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary ran&amp;ge</source>
        <translation>Ran&amp;go salarial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Job description</source>
        <translation>&amp;Descripción del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Which company is it? The name is enough.</source>
        <translation>¿Qué empresa es? Basta con el nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role did you apply for?</source>
        <translation>¿A qué puesto te postulaste?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The top of the salary range is below its bottom.</source>
        <translation>El máximo del rango salarial es menor que el mínimo.</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <location filename="../../bounceback/ui/timeline/app_list.py" line="+121"/>
        <source>Filter by company or role…</source>
        <translation>Filtrar por empresa o puesto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter applications</source>
        <translation>Filtrar candidaturas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show applications with status</source>
        <translation>Mostrar candidaturas con estado</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Sho&amp;w archived</source>
        <translation>Mostrar arch&amp;ivadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived applications</source>
        <translation>Mostrar candidaturas archivadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No applications yet.
Add the first one with “New application” (Ctrl+N): the whole search, and every “no”, in one calm place.</source>
        <translation>Aún no hay candidaturas.
Añade la primera con “Nueva candidatura” (Ctrl+N): toda la búsqueda, y cada “no”, en un lugar tranquilo.</translation>
    </message>
</context>
<context>
    <name>ApplicationPicker</name>
    <message>
        <location filename="../../bounceback/ui/feedback/pickers.py" line="+47"/>
        <source>Type to find an application…</source>
        <translation>Escribe para buscar una candidatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location filename="../../bounceback/ui/review/picker.py" line="+28"/>
        <source>Choose an application…</source>
        <translation>Elige una candidatura…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application to review</source>
        <translation>Candidatura para revisar</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../bounceback/ui/timeline/board.py" line="-76"/>
        <source>Ctrl+Left and Ctrl+Right move the card to the column before or after; Enter opens it.</source>
        <translation>Ctrl+Izquierda y Ctrl+Derecha mueven la tarjeta a la columna anterior o siguiente; Intro la abre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2</source>
        <comment>a board's column: its status, then how many applications</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <location line="-345"/>
        <source>%1 — %2, last activity %3, bounce-back plan open</source>
        <translation>%1 — %2, última actividad el %3, plan para recuperarte en marcha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2, last activity %3</source>
        <translation>%1 — %2, última actividad el %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2, bounce-back plan open</source>
        <translation>%1 — %2, plan para recuperarte en marcha</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../bounceback/ui/common/charts.py" line="+22"/>
        <location line="+187"/>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Save this chart as a picture</source>
        <translation>Guardar este gráfico como imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough check-ins yet to draw this — it appears after a few.</source>
        <translation>Aún no hay suficientes registros para dibujarlo: aparecerá después de unos cuantos.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>BounceBack</source>
        <translation>BounceBack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture couldn't be saved there. Please try another folder.</source>
        <translation>No se pudo guardar la imagen ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save “%1” as PNG</source>
        <translation>Guardar “%1” como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../bounceback/ui/checkin/editor.py" line="+87"/>
        <source>Not about a specific application</source>
        <translation>No es sobre una candidatura concreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which &amp;rejection</source>
        <translation>Qué &amp;rechazo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not decided yet</source>
        <translation>Aún no decidido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. cook something slow, play music loud</source>
        <translation>p. ej., cocinar algo sin prisa, poner música alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>What helps you</source>
        <translation>Lo que te ayuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write freely. This stays on this computer.</source>
        <translation>Escribe libremente. Esto se queda en este ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rejection</source>
        <translation>Qué rechazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own way to cope</source>
        <translation>Tu propia forma de afrontarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>S&amp;obre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you f&amp;eeling?</source>
        <translation>¿Qué &amp;sientes?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick as many as fit. There are no wrong answers.</source>
        <translation>Elige todos los que encajen. No hay respuestas incorrectas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How will you look after &amp;yourself?</source>
        <translation>¿Cómo vas a cu&amp;idarte?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do you feel &amp;overall?</source>
        <translation>¿Cómo te sientes en &amp;general?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Not about a specific rejection</source>
        <translation>No es sobre un rechazo concreto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rejection on %1</source>
        <translation>El rechazo del %1</translation>
    </message>
</context>
<context>
    <name>CheckInList</name>
    <message>
        <location filename="../../bounceback/ui/checkin/history.py" line="+42"/>
        <source>&amp;New check-in</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name how you feel right now (Ctrl+Shift+N)</source>
        <translation>Pon nombre a lo que sientes ahora mismo (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by feeling, application or words…</source>
        <translation>Filtrar por sentimiento, candidatura o palabras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter check-ins</source>
        <translation>Filtrar registros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Past check-ins</source>
        <translation>Registros anteriores</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No check-ins yet.
How are you feeling today? Naming it is a good first step.</source>
        <translation>Aún no hay registros.
¿Cómo te sientes hoy? Ponerle nombre es un buen primer paso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check-ins match “%1”.</source>
        <translation>Ningún registro coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <location filename="../../bounceback/ui/checkin/tab.py" line="+143"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>your new check-in</source>
        <translation>tu nuevo registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this check-in</source>
        <translation>este registro</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <source>Check-in saved.</source>
        <translation>Registro guardado.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Saved — thank you for noting how you feel now. It adds to “What helped” under Insights.</source>
        <translation>Guardado. Gracias por anotar cómo te sientes ahora: se suma a “Lo que ayudó”, en Perspectivas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Putting words to how a no feels takes courage. Take the time you need.</source>
        <translation>Ponerle palabras a lo que te hace sentir un no requiere valor. Tómate el tiempo que necesites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1, come back here to note how you feel.</source>
        <translation>Después de %1, vuelve aquí para anotar cómo te sientes.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Step 1 is done. The rest can wait until you're ready.</source>
        <translation>El paso 1 está hecho. El resto puede esperar hasta que estés listo/a.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the check-in from %1? What you wrote in it will be gone for good.</source>
        <translation>¿Eliminar el registro del %1? Lo que escribiste en él se perderá para siempre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete check-in</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in deleted.</source>
        <translation>Registro eliminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Check-in of %1</source>
        <translation>Registro del %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Words you wrote last time, not yet saved, are back in the journal. Save to keep them, or undo the changes.</source>
        <translation>Las palabras que escribiste la última vez, sin guardar, han vuelto al diario. Guarda para conservarlas o deshaz los cambios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This check-in was deleted elsewhere. Your words are still here: saving keeps them as a new check-in.</source>
        <translation>Este registro se eliminó en otro lugar. Tus palabras siguen aquí: al guardar se conservan como un registro nuevo.</translation>
    </message>
</context>
<context>
    <name>CheckinInsightsPanel</name>
    <message>
        <location filename="../../bounceback/ui/checkin/insights.py" line="-285"/>
        <source>How you have felt</source>
        <translation>Cómo te has sentido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each dot is a check-in, from 1 (very low) to 10 (very good). Dashed lines mark rejections: hover over one to see which.</source>
        <translation>Cada punto es un registro, de 1 (muy bajo) a 10 (muy bien). Las líneas discontinuas marcan rechazos: pasa el cursor por encima de una para ver cuál es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a rejection</source>
        <translation>Después de un rechazo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejection to look at</source>
        <translation>Rechazo que quieres ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How you bounced back</source>
        <translation>Cómo te recuperaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you note how a feeling is after coping, what helped shows here.</source>
        <translation>Cuando anotes cómo está un sentimiento después de afrontarlo, aquí se mostrará lo que ayudó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much lighter your feelings got afterwards, on average, in points out of 10.</source>
        <translation>Cuánto se aligeraron tus sentimientos después, de media, en puntos sobre 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where what helped comes from</source>
        <translation>De dónde sale lo que ayudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Feelings that come up most</source>
        <translation>Sentimientos que aparecen más</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What your check-ins show</source>
        <translation>Lo que muestran tus registros</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>One check-in so far. After one more, how you have felt over time shows here.</source>
        <translation>Por ahora hay un registro. Con uno más, aquí se mostrará cómo te has sentido con el tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After your first two check-ins, how you have felt over time shows here.</source>
        <translation>Cuando tengas tus dos primeros registros, aquí se mostrará cómo te has sentido con el tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejection: %1, %2</source>
        <translation>Rechazo: %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>How you felt</source>
        <translation>Cómo te sentiste</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>When a rejection is on an application's timeline, how you felt in the days after it shows here.</source>
        <translation>Cuando hay un rechazo en la cronología de una candidatura, aquí se muestra cómo te sentiste en los días siguientes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This curve needs check-ins on at least two different days in the %1 days after the rejection. There are none yet.</source>
        <translation>Esta curva necesita registros de al menos dos días distintos en los %1 días posteriores al rechazo. Todavía no hay ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This curve needs check-ins on at least two different days in the %1 days after the rejection. So far there is one: %2.</source>
        <translation>Esta curva necesita registros de al menos dos días distintos en los %1 días posteriores al rechazo. Por ahora hay uno, del %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Your usual level, %1 of 10, is the middle of your %Ln check-in(s) before it (the month before it had fewer than %2).</source>
        <translation>
            <numerusform>Tu nivel habitual, %1 de 10, es el de tu %Ln registro anterior (en el mes anterior hubo menos de %2).</numerusform>
            <numerusform>Tu nivel habitual, %1 de 10, es la mediana de tus %Ln registros anteriores (en el mes anterior hubo menos de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Back to your usual in %Ln day(s).</source>
        <translation>
            <numerusform>De vuelta a tu nivel habitual en %Ln día.</numerusform>
            <numerusform>De vuelta a tu nivel habitual en %Ln días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How soon you were back to your usual level needs at least %1 check-ins from before this rejection, and there were none.</source>
        <translation>Para saber cuánto tardaste en volver a tu nivel habitual hacen falta al menos %1 registros anteriores a este rechazo, y no había ninguno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How soon you were back to your usual level needs at least %1 check-ins from before this rejection, and there was only one.</source>
        <translation>Para saber cuánto tardaste en volver a tu nivel habitual hacen falta al menos %1 registros anteriores a este rechazo, y solo había uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How soon you were back to your usual level needs at least %1 check-ins from before this rejection, and there were only %2.</source>
        <translation>Para saber cuánto tardaste en volver a tu nivel habitual hacen falta al menos %1 registros anteriores a este rechazo, y solo había %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%1: named %Ln time(s), %2 of 10 on average</source>
        <translation>
            <numerusform>%1: nombrado una vez, %2 de 10</numerusform>
            <numerusform>%1: nombrado %Ln veces, %2 de 10 de media</numerusform>
        </translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Day %1 (%2): %3 of 10</source>
        <translation>Día %1 (%2): %3 de 10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your usual: %1</source>
        <translation>Tu nivel habitual: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days after the rejection</source>
        <translation>Días después del rechazo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You stayed close to your usual level, even on the day itself.</source>
        <translation>Te mantuviste cerca de tu nivel habitual, incluso ese mismo día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to your usual the next day.</source>
        <translation>De vuelta a tu nivel habitual al día siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not quite back yet — that's normal; it often takes a week or two.</source>
        <translation>Todavía no del todo de vuelta, y es normal: a menudo lleva una o dos semanas.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Your usual level, %1 of 10, is the middle of your check-ins in the month before it.</source>
        <translation>Tu nivel habitual, %1 de 10, es la mediana de tus registros del mes anterior.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: feelings didn't get lighter on average (feelings noted afterwards: %3, in check-ins: %4)</source>
        <translation>%1: los sentimientos no se aligeraron de media (sentimientos anotados después: %3, en registros: %4)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Lighter afterwards (points)</source>
        <translation>Más ligeros después (puntos)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 point(s) lighter on average (feelings noted afterwards: %3, in check-ins: %4)</source>
        <translation>
            <numerusform>%1: %2 punto más ligeros de media (sentimientos anotados después: %3, en registros: %4)</numerusform>
            <numerusform>%1: %2 puntos más ligeros de media (sentimientos anotados después: %3, en registros: %4)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your check-in of %1 chose %2. Once you have spent the time, tick “%3” in it: what helped learns from that.</source>
        <translation>En tu registro del %1 elegiste %2. Cuando le hayas dedicado el tiempo, marca “%3” en él: de ahí aprende “Lo que ayudó”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open that check-in</source>
        <translation>Abrir ese registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helped learns from check-ins where you chose a way to look after yourself and later ticked “%1”.</source>
        <translation>“Lo que ayudó” aprende de los registros en los que elegiste una forma de cuidarte y después marcaste “%1”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>After your first check-in, the feelings you named show here, the most frequent first.</source>
        <translation>Después de tu primer registro, aquí aparecerán los sentimientos que nombraste, primero los más frecuentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your check-ins names a feeling yet. When one does, it shows here.</source>
        <translation>Ninguno de tus registros nombra todavía un sentimiento. Cuando alguno lo haga, aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-ins that named it</source>
        <translation>Registros que lo nombraron</translation>
    </message>
</context>
<context>
    <name>CheckinViews</name>
    <message>
        <location line="+14"/>
        <source>Your check-ins and what they show</source>
        <translation>Tus registros y lo que muestran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your check-ins, and the one open</source>
        <translation>Tus registros y el que está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you have felt over time, and what helped</source>
        <translation>Cómo te has sentido con el tiempo y lo que te ayudó</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../bounceback/ui/review/models.py" line="-153"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../bounceback/ui/review/checklist.py" line="+57"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Eliminar elemento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something else to look back on</source>
        <translation>Algo más que repasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir elemento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review checklist</source>
        <translation>Lista de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add new messages and interviews from the timeline</source>
        <translation>Añadir los mensajes y entrevistas nuevos de la cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage of the new item</source>
        <translation>Etapa del nuevo elemento</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>New item</source>
        <translation>Nuevo elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>Añadir elemento</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write a few words about what to look back on.</source>
        <translation>Escribe unas palabras sobre lo que quieres repasar.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Add %Ln new message(s) or interview(s) from the time&amp;line</source>
        <translation>
            <numerusform>Añadir el mensaje o entrevista nuevo de la crono&amp;logía</numerusform>
            <numerusform>Añadir %Ln mensajes o entrevistas nuevos de la crono&amp;logía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>All %Ln looked at</source>
        <translation>
            <numerusform>El único elemento, repasado</numerusform>
            <numerusform>Los %Ln repasados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 looked at</source>
        <translation>%1 de %2 repasados</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../bounceback/ui/exchange/import_pages.py" line="+11"/>
        <source>Bring entries in from a file. Nothing you have now is changed or replaced, and entries already here are skipped, so importing a file twice is safe.</source>
        <translation>Trae entradas desde un archivo. No se cambia ni se reemplaza nada de lo que ya tienes, y las entradas que ya están aquí se omiten, así que importar un archivo dos veces es seguro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What kind of file is it?</source>
        <translation>¿Qué tipo de archivo es?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../bounceback/ui/timeline/contact_dialog.py" line="+32"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Design director</source>
        <translation>p. ej., Director/a de diseño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their LinkedIn profile address</source>
        <translation>La dirección de su perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected on Linked&amp;In</source>
        <translation>Conectados en Linked&amp;In</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A day to say hello again, if you'd like one</source>
        <translation>Un día para volver a saludar, si quieres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;part</source>
        <translation>Su &amp;papel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their part in this application</source>
        <translation>Su papel en esta candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>Car&amp;go</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LinkedIn profile</source>
        <translation>Perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected on LinkedIn</source>
        <translation>Conectados en LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay in &amp;touch on</source>
        <translation>Retomar el con&amp;tacto el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay in touch on</source>
        <translation>Retomar el contacto el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>What's their name? A first name is enough.</source>
        <translation>¿Cómo se llama? Basta con el nombre de pila.</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../bounceback/ui/privacy/lock.py" line="+81"/>
        <source>Your entries are hidden. Enter your passphrase to carry on where you left off.</source>
        <translation>Tus entradas están ocultas. Introduce tu frase de contraseña para seguir donde lo dejaste.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>That passphrase didn't unlock BounceBack. Please try again.</source>
        <translation>Esa frase de contraseña no desbloqueó BounceBack. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../bounceback/ui/common/widgets.py" line="+503"/>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the day from a calendar (Alt+Down)</source>
        <translation>Elegir el día en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Down picks the day from a calendar; Delete clears the selected date.</source>
        <translation>Alt+Abajo elige el día en un calendario; Supr borra la fecha seleccionada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Down picks the day from a calendar.</source>
        <translation>Alt+Abajo elige el día en un calendario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Pick the day from a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+5"/>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the date: %1</source>
        <translation>Borrar la fecha: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the day from a calendar: %1</source>
        <translation>Elegir el día en un calendario: %1</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <location filename="../../bounceback/ui/today/settings.py" line="+92"/>
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../bounceback/ui/common/document_viewer.py" line="+612"/>
        <source>BounceBack can't show this kind of file</source>
        <translation>BounceBack no puede mostrar este tipo de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stays safe with the application. Save a copy… puts one where you choose, to open it with another program.</source>
        <translation>Sigue a salvo con la candidatura. «Guardar una copia…» pone una donde elijas, para abrirla con otro programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file can't be shown</source>
        <translation>No se puede mostrar este archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may be damaged, or made in a way BounceBack can't read. It stays as it is: Save a copy… puts one where you choose, to try another program.</source>
        <translation>Puede que esté dañado o hecho de una forma que BounceBack no sabe leer. Se queda tal cual: «Guardar una copia…» pone una donde elijas, para probar con otro programa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../../bounceback/ui/checkin/pane.py" line="+37"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this check-in (Ctrl+S)</source>
        <translation>Guardar este registro (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to what was last saved</source>
        <translation>Volver a lo último guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this check-in (Delete)</source>
        <translation>Eliminar este registro (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete check-in</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <location filename="../../bounceback/ui/checkin/emotions.py" line="+180"/>
        <source>How strong is each feeling?</source>
        <translation>¿Con qué intensidad sientes cada sentimiento?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the feelings that fit above; each one gets a slider here.</source>
        <translation>Elige arriba los sentimientos que encajen; cada uno tendrá aquí un control deslizante.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>How strong: %1</source>
        <translation>Intensidad: %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../bounceback/ui/review/checklist.py" line="+12"/>
        <source>S&amp;tart the review</source>
        <translation>&amp;Empezar la revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the review</source>
        <translation>Empezar la revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to look back on yet</source>
        <translation>Aún no hay nada que repasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you add an application on the Timeline tab, you can review it here, from the first message to the last.</source>
        <translation>Cuando añadas una candidatura en la pestaña Cronología, podrás revisarla aquí, del primer mensaje al último.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which application would you like to look back on?</source>
        <translation>¿Qué candidatura te gustaría repasar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one above. Take it at your own pace: a few items today is plenty.</source>
        <translation>Elige una arriba. Ve a tu propio ritmo: unos pocos elementos hoy son más que suficientes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready when you are</source>
        <translation>Cuando quieras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking back from the first message to the last helps you find one or two things to carry forward. The checklist is built from this application's timeline: how it started, your resume and cover letter, each message and interview, thank-you notes, and the common reasons offers don't come.</source>
        <translation>Repasar desde el primer mensaje hasta el último te ayuda a encontrar una o dos cosas que llevarte para el futuro. La lista se crea a partir de la cronología de esta candidatura: cómo empezó, tu currículum y tu carta de presentación, cada mensaje y entrevista, las notas de agradecimiento y los motivos habituales por los que no llegan las ofertas.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../bounceback/ui/common/widgets.py" line="+70"/>
        <source>Problem with the form</source>
        <translation>Problema con el formulario</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../bounceback/ui/timeline/event_dialog.py" line="+55"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an event</source>
        <translation>Añadir un evento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview round</source>
        <translation>Ronda de entrevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewers</source>
        <translation>Entrevistadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add them to People, to thank them later</source>
        <translation>Añadir a &amp;Personas, para darles las gracias más tarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New names</source>
        <translation>Nombres nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the new names to People</source>
        <translation>Añadir los nombres nuevos a Personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They join this application's people, so you can thank them and keep in touch</source>
        <translation>Se suman a las personas de esta candidatura, para que puedas darles las gracias y seguir en contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said, what you noticed, what's next</source>
        <translation>Lo que se dijo, lo que notaste, lo que viene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Round</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interviewers</source>
        <translation>&amp;Entrevistadores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>D&amp;etails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not among the people yet: %1</source>
        <translation>Aún no están entre las personas: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That date is far in the future; is it right?</source>
        <translation>Esa fecha está muy lejos en el futuro; ¿es correcta?</translation>
    </message>
</context>
<context>
    <name>ExampleDataBar</name>
    <message>
        <location filename="../../bounceback/ui/welcome/banner.py" line="+50"/>
        <source>Example data</source>
        <translation>Datos de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are looking at example data.</source>
        <translation>Estás viendo datos de ejemplo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Remove example data</source>
        <translation>Quitar los datos de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all the example data: its applications, check-ins, people, feedback and actions? Everything you wrote yourself stays.</source>
        <translation>¿Quitar todos los datos de ejemplo: sus candidaturas, registros, personas, comentarios y acciones? Todo lo que escribiste tú se queda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The example data has been removed.</source>
        <translation>Se han quitado los datos de ejemplo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../bounceback/ui/exchange/export_dialog.py" line="+14"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy of your entries in a file you can keep, read elsewhere or import again later.</source>
        <translation>Guarda una copia de tus entradas en un archivo que puedes conservar, leer en otro lugar o volver a importar más adelante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File to save</source>
        <translation>Archivo para guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exports are not encrypted: keep the file somewhere private.</source>
        <translation>Las exportaciones no están cifradas: guarda el archivo en un lugar privado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data file is protected by your passphrase, but the export won't be.</source>
        <translation>Tu archivo de datos está protegido por tu frase de contraseña, pero la exportación no lo estará.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 files (*%2);;All files (*)</source>
        <translation>Archivos %1 (*%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please choose where to save the export.</source>
        <translation>Elige dónde guardar la exportación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That is a folder; please add a file name.</source>
        <translation>Eso es una carpeta; añade un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder “%1” doesn't exist. Please choose another place.</source>
        <translation>La carpeta “%1” no existe. Elige otro lugar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a place outside BounceBack's own data folder.</source>
        <translation>Elige un lugar fuera de la carpeta de datos de BounceBack.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>BounceBack is busy looking after your data file. Please try again in a moment.</source>
        <translation>BounceBack está ocupado cuidando tu archivo de datos. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong while exporting, so no file was saved. Your entries are as they were.</source>
        <translation>Algo salió mal al exportar, así que no se guardó ningún archivo. Tus entradas siguen como estaban.</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../../bounceback/ui/feedback/editor.py" line="+70"/>
        <source>A name or a role, e.g. the recruiter</source>
        <translation>Un nombre o un papel, p. ej., el/la reclutador/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick one of the people you met in this application</source>
        <translation>Elige a una de las personas que conociste en esta candidatura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;raft from template</source>
        <translation>&amp;Redactar con la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft the request from the template</source>
        <translation>Redactar la solicitud con la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills in a short, positive request with the company, the role and the person's name</source>
        <translation>Rellena una solicitud breve y positiva con la empresa, el puesto y el nombre de la persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Thank you again for your time. Is there anything I could improve for future interviews?</source>
        <translation>p. ej., Gracias de nuevo por su tiempo. ¿Hay algo que pueda mejorar para futuras entrevistas?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What they said, in their words</source>
        <translation>Lo que dijeron, con sus palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it landed with you</source>
        <translation>Cómo te sentó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you can use, e.g. Lead with a leadership example and rephrase two resume bullets</source>
        <translation>Lo que puedes aprovechar, p. ej., Empezar con un ejemplo de liderazgo y reformular dos puntos del currículum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whom you asked</source>
        <translation>A quién preguntaste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a contact from this application</source>
        <translation>Elige un contacto de esta candidatura</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+32"/>
        <source>Asked on</source>
        <translation>Fecha de petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you asked</source>
        <translation>Cómo lo pediste</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Answer came on</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first reaction</source>
        <translation>Tu primera reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson</source>
        <translation>La lección aprendida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your request</source>
        <translation>Tu solicitud</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Or pick a contact…</source>
        <translation>O elige un contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts saved for this application</source>
        <translation>No hay contactos guardados para esta candidatura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A contact no longer linked here</source>
        <translation>Un contacto que ya no está vinculado aquí</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the recruiter</source>
        <translation>la persona reclutadora</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Whom to ask</source>
        <translation>&amp;A quién preguntar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Whom you asked</source>
        <translation>&amp;A quién preguntaste</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Who did you ask? A name or a role is enough.</source>
        <translation>¿A quién preguntaste? Basta con un nombre o un cargo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer can't come before you asked.</source>
        <translation>La respuesta no puede llegar antes de que preguntaras.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../bounceback/ui/feedback/tab.py" line="+67"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applicati&amp;on</source>
        <translation>&amp;Candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in Timeline</source>
        <translation>Mostrar en la cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this application in the Timeline</source>
        <translation>Mostrar esta candidatura en la cronología</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No applications yet.
Add an application in the Timeline tab first; then you can keep the feedback you ask for here, next to it.</source>
        <translation>Aún no hay candidaturas.
Añade primero una candidatura en la pestaña Cronología; después podrás guardar aquí, junto a ella, los comentarios que pidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an application above to see the feedback you asked for and what you learned from it.</source>
        <translation>Elige una candidatura arriba para ver los comentarios que pediste y lo que aprendiste de ellos.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>New feedback request</source>
        <translation>Nueva petición de comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback from %1</source>
        <translation>Comentarios de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback request to %1</source>
        <translation>Petición de comentarios a %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Delete the feedback note from “%1”?</source>
        <translation>¿Eliminar la nota de comentarios de “%1”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its action items are kept: they are still worth doing.</source>
        <translation>Sus acciones se conservan: siguen valiendo la pena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete feedback note</source>
        <translation>Eliminar nota de comentarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback note deleted.</source>
        <translation>Nota de comentarios eliminada.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This note was deleted elsewhere. Your words are still here: saving keeps them as a new note.</source>
        <translation>Esta nota se eliminó en otro lugar. Tus palabras siguen aquí: al guardar, se conservan como una nota nueva.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this feedback note</source>
        <translation>esta nota de comentarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Noted on the timeline. Now give them a little time.</source>
        <translation>Anotado en la cronología. Ahora dales un poco de tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noted. Write down what they said while it's fresh.</source>
        <translation>Anotado. Escribe lo que te dijeron mientras lo tienes fresco.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Noted. No answer says little about you.</source>
        <translation>Anotado. Que no respondan dice poco de ti.</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../bounceback/ui/exchange/file_field.py" line="+27"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder</source>
        <translation>Elige una carpeta</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the folder to import</source>
        <translation>Elige la carpeta que importar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file to import</source>
        <translation>Elige el archivo que quieres importar</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../bounceback/ui/settings/dialog.py" line="+42"/>
        <source>Same as this computer (%1)</source>
        <translation>Igual que este ordenador (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For example, Alex Morgan</source>
        <translation>Por ejemplo, Alex Morgan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Your name in letters:</source>
        <translation>&amp;Tu nombre en las cartas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank-you notes and feedback requests are signed with it. It stays in your data folder, like everything else.</source>
        <translation>Las notas de agradecimiento y las peticiones de comentarios se firman con él. Se queda en tu carpeta de datos, como todo lo demás.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../bounceback/ui/help/guide.py" line="+263"/>
        <location line="+11"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page you read before (%1)</source>
        <translation>La página que leíste antes (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next page you had read (%1)</source>
        <translation>La página siguiente que habías leído (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That page comes with BounceBack's source code, not with the program.</source>
        <translation>Esa página viene con el código fuente de BounceBack, no con el programa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opens in your web browser: %1</source>
        <translation>Se abre en tu navegador web: %1</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../bounceback/ui/timeline/context.py" line="-96"/>
        <source>Earlier applications at this company</source>
        <translation>Candidaturas anteriores en esta empresa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You applied here before. Here's what you learned:</source>
        <translation>Ya te postulaste aquí antes. Esto es lo que aprendiste:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 said: %2</source>
        <translation>%1 dijo: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson: %1</source>
        <translation>Lección aprendida: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still open</source>
        <translation>aún pendiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No feedback or action items were recorded that time.</source>
        <translation>No se anotaron comentarios ni acciones aquella vez.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../bounceback/ui/exchange/import_dialog.py" line="+92"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Which file?</source>
        <translation>¿Qué archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match the columns</source>
        <translation>Relaciona las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place your own moods</source>
        <translation>Sitúa tus propios estados de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the archive holds</source>
        <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file needs a look</source>
        <translation>Este archivo necesita atención</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Please choose the file to import.</source>
        <translation>Elige el archivo que quieres importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is a folder; please choose a file inside it.</source>
        <translation>Eso es una carpeta; elige un archivo que esté dentro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file there. Please check the name, or use Choose…</source>
        <translation>No hay ningún archivo ahí. Revisa el nombre o usa Elegir…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>BounceBack couldn't read this file. Is it the right one?</source>
        <translation>BounceBack no pudo leer este archivo. ¿Es el correcto?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading the archive…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>BounceBack is busy looking after your data file. Nothing was imported; please try again in a moment.</source>
        <translation>BounceBack está ocupado cuidando tu archivo de datos. No se importó nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>InsightSection</name>
    <message>
        <location filename="../../bounceback/ui/common/insight_section.py" line="+73"/>
        <source>Include archived</source>
        <translation>Incluir archivadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count applications you have put out of sight, too</source>
        <translation>Contar también las candidaturas que has ocultado</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Hide the charts</source>
        <translation>Ocultar los gráficos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the charts</source>
        <translation>Mostrar los gráficos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts shown</source>
        <translation>Gráficos visibles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts hidden</source>
        <translation>Gráficos ocultos</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../bounceback/ui/review/editor.py" line="+41"/>
        <source>Choose an item on the left to look back on it.</source>
        <translation>Elige un punto a la izquierda para repasarlo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Went &amp;well</source>
        <translation>Fue &amp;bien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To i&amp;mprove</source>
        <translation>A &amp;mejorar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Not applicable</source>
        <translation>&amp;No aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not &amp;yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went well</source>
        <translation>Fue bien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To improve</source>
        <translation>A mejorar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not looked at yet</source>
        <translation>Sin repasar todavía</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What happened, and what you'd keep or change. A line or two is plenty.</source>
        <translation>Qué pasó y qué mantendrías o cambiarías. Con una o dos líneas basta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this item (Ctrl+S)</source>
        <translation>Guardar este punto (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to what was last saved</source>
        <translation>Volver a lo último guardado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Read the answers you gave to the screening questions</source>
        <translation>Lee las respuestas que diste a las preguntas de selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the item</source>
        <translation>Guardar el punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert the item</source>
        <translation>Descartar los cambios del punto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Item</source>
        <translation>&amp;Punto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How did it go?</source>
        <translation>¿Cómo fue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Look at the CV you sent beside the job description</source>
        <translation>Ver el CV que enviaste junto a la descripción del puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the letter you sent beside the job description</source>
        <translation>Ver la carta que enviaste junto a la descripción del puesto</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The item needs a few words, so you know what it is.</source>
        <translation>El punto necesita unas palabras, para que sepas de qué se trata.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../bounceback/ui/common/letter_editor.py" line="+81"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short subject line</source>
        <translation>Un asunto breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+263"/>
        <source>A gentler way to say it</source>
        <translation>Una forma más amable de decirlo</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the message, to paste it into an email or a LinkedIn message</source>
        <translation>Copia el mensaje para pegarlo en un correo o en un mensaje de LinkedIn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in &amp;mail program</source>
        <translation>Abrir en el programa de c&amp;orreo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens your own mail program with the address and subject filled in, and puts the message on the clipboard for you to paste. Other programs on this computer can see the address and subject while it opens.</source>
        <translation>Abre tu programa de correo con la dirección y el asunto ya puestos, y deja el mensaje en el portapapeles para que lo pegues. Otros programas de este ordenador pueden ver la dirección y el asunto mientras se abre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your mail program gets only the address and subject; the message goes on the clipboard. Copy is the more private way.</source>
        <translation>Tu programa de correo recibe solo la dirección y el asunto; el mensaje va al portapapeles. Copiar es la forma más privada.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Copied. Paste it into your message. It leaves the clipboard when BounceBack locks or closes.</source>
        <translation>Copiado. Pégalo en tu mensaje. Se borrará del portapapeles cuando BounceBack se bloquee o se cierre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your mail program is opening. The message is on the clipboard: paste it in, then send it from there.</source>
        <translation>Tu programa de correo se está abriendo. El mensaje está en el portapapeles: pégalo y envíalo desde ahí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your mail program didn't open. The message is on the clipboard: you can paste it into any email.</source>
        <translation>Tu programa de correo no se abrió. El mensaje está en el portapapeles: puedes pegarlo en cualquier correo.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Edit template…</source>
        <translation>&amp;Editar plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit template</source>
        <translation>Editar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the text new letters start from</source>
        <translation>Cambiar el texto con el que empiezan las cartas nuevas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter status</source>
        <translation>Estado de la carta</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Remove “%1” from dictionary</source>
        <translation>Quitar “%1” del diccionario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add “%1” to dictionary</source>
        <translation>Añadir “%1” al diccionario</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Before you send it</source>
        <translation>Antes de enviar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more further on.</source>
        <translation>
            <numerusform>…y %n sugerencia más en el resto del texto.</numerusform>
            <numerusform>…y %n sugerencias más en el resto del texto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads kindly.</source>
        <translation>Suena amable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As you write, a gentle tone check looks over your words.</source>
        <translation>Mientras escribes, se comprueba con delicadeza el tono de tus palabras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” — %2 Try: “%3”</source>
        <translation>“%1” — %2 Prueba: “%3”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show it in the message</source>
        <translation>Mostrarlo en el mensaje</translation>
    </message>
</context>
<context>
    <name>LinkedInPage</name>
    <message>
        <location filename="../../bounceback/ui/exchange/linkedin_page.py" line="+62"/>
        <source>Tick the ones you'd like among that application's People: someone to thank, ask for feedback or stay in touch with. Nobody is added unless you tick them.</source>
        <translation>Marca a quienes quieras entre las personas de esa candidatura: alguien a quien dar las gracias, pedir opinión o con quien seguir en contacto. No se añade a nadie que no marques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections who work where you applied</source>
        <translation>Contactos que trabajan donde te presentaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Works as</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would join</source>
        <translation>Se uniría a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all</source>
        <translation>Desmarcar todos</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../bounceback/ui/privacy/lock.py" line="+148"/>
        <source>BounceBack (locked)</source>
        <translation>BounceBack (bloqueado)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bounceback/ui/main_window.py" line="+123"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce back</source>
        <translation>Recuperarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+57"/>
        <location line="+18"/>
        <location filename="../../bounceback/ui/privacy/passphrase.py" line="+190"/>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+55"/>
        <source>Main tabs</source>
        <translation>Pestañas principales</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>Everything stays on this computer.</source>
        <translation>Todo se queda en este equipo.</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>To lock BounceBack, first set a passphrase in File → Privacy and security.</source>
        <translation>Para bloquear BounceBack, primero establece una frase de contraseña en Archivo → Privacidad y seguridad.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Please unlock first: there are changes to save before closing.</source>
        <translation>Desbloquea primero, por favor: hay cambios que guardar antes de cerrar.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bounceback/ui/exchange/csv_mapping.py" line="-84"/>
        <source>Which column holds what? BounceBack has made a guess; change anything that looks wrong. Columns you leave out are kept in each application's notes.</source>
        <translation>¿Qué columna contiene qué? BounceBack ha hecho una suposición; cambia lo que no parezca correcto. Las columnas que dejes fuera se guardan en las notas de cada candidatura.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>* needed for every row</source>
        <translation>* obligatorio en cada fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates like 03/04/2025 mean:</source>
        <translation>Las &amp;fechas como 03/04/2025 significan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure: list the unclear ones for me</source>
        <translation>No estoy seguro/a: muéstrame las que no estén claras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 April (day first)</source>
        <translation>3 de abril (primero el día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March 4 (month first)</source>
        <translation>4 de marzo (primero el mes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the first rows will be read</source>
        <translation>Cómo se leerán las primeras filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied on</source>
        <translation>Fecha de candidatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>The file has %Ln row(s).</source>
        <translation>
            <numerusform>El archivo tiene una fila.</numerusform>
            <numerusform>El archivo tiene %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of the file's %2 rows.</source>
        <translation>Se muestran %1 de las %2 filas del archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose the column that holds the %1.</source>
        <translation>Elige la columna que corresponde a “%1”.</translation>
    </message>
</context>
<context>
    <name>MomentBanner</name>
    <message>
        <location filename="../../bounceback/ui/checkin/moment.py" line="+37"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>MoodsPage</name>
    <message>
        <location filename="../../bounceback/ui/exchange/import_pages.py" line="+48"/>
        <source>Daylio lets you name your own moods, so BounceBack can't tell where these sit. Please give each one a place from 1 (the hardest days) to 10 (the best).</source>
        <translation>Daylio te permite poner nombre a tus propios estados de ánimo, así que BounceBack no puede saber dónde se sitúan estos. Dale a cada uno un lugar del 1 (los días más difíciles) al 10 (los mejores).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For comparison, Daylio's own moods count as rad 10, good 8, meh 5, bad 3 and awful 1.</source>
        <translation>Como referencia, los estados de ánimo propios de Daylio cuentan así: genial 10, bien 8, regular 5, mal 3 y fatal 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which column holds what</source>
        <translation>Qué columna contiene qué</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Where “%1” sits</source>
        <translation>Dónde se sitúa “%1”</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../bounceback/ui/privacy/passphrase.py" line="+352"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose a passphrase. Your entries, your unsaved drafts, your letter templates and your backups will be encrypted with it, and BounceBack will ask for it each time it starts.</source>
        <translation>Elige una frase de contraseña. Tus entradas, tus borradores sin guardar, tus plantillas de cartas y tus copias de seguridad se cifrarán con ella, y BounceBack te la pedirá cada vez que se abra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good to know: your old unprotected file is deleted but not overwritten, so its contents may stay on the disk for a while; your system's disk encryption takes care of that. While BounceBack is unlocked, the passphrase is in its memory.</source>
        <translation>Conviene saberlo: tu archivo anterior sin proteger se borra pero no se sobrescribe, así que su contenido puede quedar en el disco durante un tiempo; el cifrado de disco de tu sistema se ocupa de eso. Mientras BounceBack está desbloqueado, la frase de contraseña está en su memoria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again:</source>
        <translation>Escríbela de nuevo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is never saved anywhere and can't be recovered. If you forget it, nobody can open your entries, not even BounceBack. Consider writing it down somewhere safe.</source>
        <translation>La frase de contraseña nunca se guarda en ningún sitio y no se puede recuperar. Si la olvidas, nadie podrá abrir tus entradas, ni siquiera BounceBack. Plantéate anotarla en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I understand it can't be recovered</source>
        <translation>Entiendo que no se puede recuperar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect my existing backups too</source>
        <translation>Proteger también mis copias de seguridad existentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete my existing backups</source>
        <translation>Eliminar mis copias de seguridad existentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your existing backups:</source>
        <translation>Tus copias de seguridad existentes:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Protect my entries</source>
        <translation>Proteger mis entradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a passphrase of at least %1 characters. A few words you'll remember work well.</source>
        <translation>Elige una frase de contraseña de al menos %1 caracteres. Unas cuantas palabras que vayas a recordar funcionan bien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases are not the same. Please type it again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbela de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please tick the box to confirm you know the passphrase can't be recovered.</source>
        <translation>Marca la casilla para confirmar que sabes que la frase de contraseña no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>NoteDrafts</name>
    <message>
        <location filename="../../bounceback/ui/feedback/drafting.py" line="+88"/>
        <source>Words you wrote last time, not yet saved, are back in this note. Save to keep them, or revert the changes.</source>
        <translation>Las palabras que escribiste la última vez, sin guardar, han vuelto a esta nota. Guarda para conservarlas o descarta los cambios.</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <location filename="../../bounceback/ui/feedback/pickers.py" line="+65"/>
        <source>Feedback notes</source>
        <translation>Notas de comentarios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask for feedback</source>
        <translation>Pedir comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note a new feedback request</source>
        <translation>Anotar una nueva solicitud de comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected feedback note</source>
        <translation>Eliminar la nota de comentarios seleccionada</translation>
    </message>
</context>
<context>
    <name>NotePages</name>
    <message>
        <location filename="../../bounceback/ui/feedback/page.py" line="+37"/>
        <source>Nothing asked yet.
A short, positive request often gets an answer — recruiters are a good first person to ask.</source>
        <translation>Aún no has pedido nada.
Una solicitud breve y en positivo suele obtener respuesta — si hubo una persona reclutadora, es buena idea empezar por ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for feedback</source>
        <translation>Pedir comentarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note (Ctrl+S)</source>
        <translation>Guardar la nota (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the feedback note</source>
        <translation>Guardar la nota de comentarios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feedback note</source>
        <translation>Nota de comentarios</translation>
    </message>
</context>
<context>
    <name>PlanStrip</name>
    <message>
        <location filename="../../bounceback/ui/timeline/context.py" line="-42"/>
        <source>Open the &amp;plan</source>
        <translation>Abrir el &amp;plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the bounce-back plan</source>
        <translation>Abrir el plan para volver a empezar</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../bounceback/ui/plan/tab.py" line="+74"/>
        <source>After</source>
        <translation>Tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not selected on</source>
        <translation>Fecha del “no”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bounce-back plans</source>
        <translation>Planes para volver a empezar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A “no” hurts. These four steps help you bounce back, at your own pace.</source>
        <translation>Un “no” duele. Estos cuatro pasos te ayudan a volver a empezar, a tu ritmo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Reapply after</source>
        <translation>Volver a postularte a partir del</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the reapply date</source>
        <translation>Guardar la fecha para volver a postularte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reapply later?</source>
        <translation>¿Volver a postularte más adelante?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A no today can be a yes later. Pick a date to consider this company again; when you do, BounceBack shows what you learned this time.</source>
        <translation>Un no hoy puede ser un sí mañana. Elige una fecha para volver a considerar esta empresa; cuando llegue, BounceBack te mostrará lo que aprendiste esta vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put this plan away or bring it back</source>
        <translation>Apartar este plan o recuperarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in T&amp;imeline</source>
        <translation>Mostrar en la &amp;cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this application in the Timeline</source>
        <translation>Mostrar esta candidatura en la cronología</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The four steps of this plan</source>
        <translation>Los cuatro pasos de este plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+87"/>
        <source>Pick a plan on the left.</source>
        <translation>Elige un plan a la izquierda.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Bounce back</source>
        <translation>Recuperarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put away</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 4</source>
        <translation>%1 de 4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open (%1)</source>
        <translation>A&amp;biertos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nished (%1)</source>
        <translation>&amp;Terminados (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a&amp;way (%1)</source>
        <translation>Apartad&amp;os (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finished plans yet.</source>
        <translation>Aún no hay planes terminados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When every step of a plan is done or skipped, the plan comes here, with what you did.</source>
        <translation>Cuando todos los pasos de un plan estén hechos u omitidos, el plan vendrá aquí, con lo que hiciste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing put away.</source>
        <translation>No hay nada apartado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan you put away waits here, and can come back whenever you like.</source>
        <translation>Un plan que apartes te espera aquí y puede volver cuando quieras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>No open plans.</source>
        <translation>No hay planes abiertos.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing open right now. Plans you finished are under “Finished”, and those you put away under “Put away”.</source>
        <translation>Ahora mismo no hay nada abierto. Los planes que terminaste están en “Terminados”, y los que apartaste, en “Apartados”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a “no” comes, mark the application “Not selected” in the Timeline and a plan appears here, ready when you are.</source>
        <translation>Cuando llegue un “no”, marca la candidatura como “No seleccionado/a” en la cronología y aparecerá aquí un plan, listo para cuando quieras.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>All four steps are behind you. Well done for taking the time. Here is what you did.</source>
        <translation>Has completado los cuatro pasos. Bien hecho por dedicarte este tiempo. Esto es lo que hiciste.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln check-in(s) about this “no”, each with a way to cope.</source>
        <translation>
            <numerusform>Un registro sobre este “no”, con una forma de afrontarlo.</numerusform>
            <numerusform>%Ln registros sobre este “no”, cada uno con una forma de afrontarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected on LinkedIn: %1.</source>
        <translation>En contacto por LinkedIn: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 of %Ln item(s) looked at.</source>
        <translation>
            <numerusform>%1 de %Ln elemento repasado.</numerusform>
            <numerusform>%1 de %Ln elementos repasados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln thing(s) to improve still have no next step.</source>
        <translation>
            <numerusform>Una cosa a mejorar aún no tiene siguiente paso.</numerusform>
            <numerusform>%Ln cosas a mejorar aún no tienen siguiente paso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>That was the last step: your plan after %1 is complete. Well done for taking the time. It stays under “Finished”, with what you did.</source>
        <translation>Ese era el último paso: tu plan tras el “no” de %1 está completo. Bien hecho por dedicarte este tiempo. Se queda en “Terminados”, con lo que hiciste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>After %1 — %2</source>
        <translation>Tras %1 — %2</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>&amp;Save date</source>
        <translation>&amp;Guardar fecha</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Not selected on %1. Take the steps at your own pace; skip any that don't fit.</source>
        <translation>No te seleccionaron el %1. Da los pasos a tu ritmo; sáltate los que no encajen contigo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bring &amp;back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put this plan away</source>
        <translation>Apartar est&amp;e plan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone you met is thanked: %1.</source>
        <translation>Ya has dado las gracias a todas las personas que conociste: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still to thank: %1.</source>
        <translation>Falta dar las gracias a: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one here yet: add the people you met, then thank them.</source>
        <translation>Aún no hay nadie: añade a las personas que conociste y luego dales las gracias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have an answer, what you learned from it, and a next step.</source>
        <translation>Tienes una respuesta, lo que aprendiste de ella y un siguiente paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An answer is in. Write down what you learned and one next step, and it's yours to use.</source>
        <translation>Ya tienes una respuesta. Anota lo que aprendiste y un siguiente paso, y podrás sacarle partido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That's all this step asks for.</source>
        <translation>Es todo lo que pide este paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done on %1.</source>
        <translation>Hecho el %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step done. Be proud of taking it.</source>
        <translation>Paso completado. Date el mérito de haberlo dado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped. That's fine.</source>
        <translation>Omitido. No pasa nada.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The plan is back in your list.</source>
        <translation>El plan ha vuelto a tu lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put away. It waits under “Put away” for whenever you want it.</source>
        <translation>Apartado. Te espera en “Apartados” para cuando lo quieras.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. You'll find this company's story ready when you reapply.</source>
        <translation>Guardado. Cuando vuelvas a postularte, tendrás lista la historia de esta empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reapply date cleared.</source>
        <translation>Fecha para volver a postularte borrada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the reapply date</source>
        <translation>la fecha para volver a postularte</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../bounceback/ui/privacy/settings_dialog.py" line="+80"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect with a passphrase…</source>
        <translation>Proteger con una frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove passphrase…</source>
        <translation>Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Good to know: when you turn encryption on, your old unprotected file is deleted but not overwritten, so its contents may stay on the disk for a while. Encrypting the whole disk (your system's disk encryption) takes care of that. And while BounceBack is unlocked, your passphrase is in its memory, so lock it when you step away.</source>
        <translation>Es bueno que lo sepas: al activar el cifrado, tu archivo anterior sin proteger se borra pero no se sobrescribe, así que su contenido puede quedar un tiempo en el disco. Cifrar todo el disco (con el cifrado de disco de tu sistema) lo resuelve. Y mientras BounceBack está desbloqueado, tu frase de contraseña está en su memoria, así que bloquéalo cuando te alejes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>After %n minutes without use</source>
        <translation>
            <numerusform>Tras %n minuto sin uso</numerusform>
            <numerusform>Tras %n minutos sin uso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock by itself:</source>
        <translation>Bloquear automáticamente:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data lives only on this computer, in %1. BounceBack never connects to the internet.</source>
        <translation>Tus datos solo están en este equipo, en %1. BounceBack nunca se conecta a internet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your entries and backups are encrypted with your passphrase. It is never saved anywhere and can't be recovered.</source>
        <translation>Tus entradas y copias de seguridad están cifradas con tu frase de contraseña. Nunca se guarda en ningún sitio y no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries are not protected by a passphrase: anyone who can open your files on this computer can read them.</source>
        <translation>Tus entradas no están protegidas con una frase de contraseña: cualquiera que pueda abrir tus archivos en este equipo puede leerlas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Press Ctrl+L to lock BounceBack at any time.</source>
        <translation>Pulsa Ctrl+L para bloquear BounceBack en cualquier momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locking needs a passphrase to unlock with.</source>
        <translation>Para bloquear hace falta una frase de contraseña con la que desbloquear.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../bounceback/ui/common/record_panel.py" line="+57"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
</context>
<context>
    <name>RecruiterHint</name>
    <message>
        <location filename="../../bounceback/ui/feedback/recruiter.py" line="+38"/>
        <source>recruiter</source>
        <translation>reclutador</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A recruiter was involved — they often can say more than the hiring team.</source>
        <translation>Intervino una persona reclutadora — a menudo puede contarte más que el equipo de selección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask %1 first?</source>
        <translation>¿Preguntar primero a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask %1</source>
        <translation>Preguntar a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask %1, the recruiter</source>
        <translation>Preguntar a %1, la persona reclutadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask them first?</source>
        <translation>¿Preguntarle primero?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ask the recruiter</source>
        <translation>Preguntar a la persona reclutadora</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../bounceback/ui/timeline/related.py" line="+37"/>
        <source>History and people of this application</source>
        <translation>Historial y personas de esta candidatura</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+77"/>
        <source>Docu&amp;ments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docu&amp;ments (%1)</source>
        <translation>Ad&amp;juntos (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You met %1 in your interviews. Add them here, so you can thank them and keep in touch?</source>
        <translation>En tus entrevistas conociste a %1. ¿Añadir a Personas, para poder dar las gracias y seguir en contacto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to People</source>
        <translation>Añadir a Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added to People.</source>
        <translation>Añadido a Personas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Event added.</source>
        <translation>Evento añadido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Event saved.</source>
        <translation>Evento guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this event from the history? This can't be undone.</source>
        <translation>¿Eliminar este evento del historial? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event deleted.</source>
        <translation>Evento eliminado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Person added.</source>
        <translation>Persona añadida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1 from this application? Their details are kept.</source>
        <translation>¿Quitar a %1 de esta candidatura? Sus datos se conservan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed.</source>
        <translation>Se ha quitado.</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../bounceback/ui/today/card.py" line="+60"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open: %1</source>
        <translation>Abrir: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze: %1</source>
        <translation>Posponer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a week</source>
        <translation>Durante una semana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it off the list for good</source>
        <translation>Quitarlo de la lista para siempre</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../bounceback/ui/today/settings.py" line="+87"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsForm</name>
    <message>
        <location line="-74"/>
        <source>Reminders appear in Today when something is due. Choose how long to wait before each one; nothing is ever sent anywhere.</source>
        <translation>Los recordatorios aparecen en Hoy cuando toca hacer algo. Elige cuánto esperar antes de cada uno; nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Thank-you note, after an interview or a “no”</source>
        <translation>Nota de &amp;agradecimiento, tras una entrevista o un “no”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feedback request with no answer</source>
        <translation>Solicitud de &amp;comentarios sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application with no &amp;response</source>
        <translation>Candidatura sin &amp;respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: days before the reminder</source>
        <translation>%1: días antes del recordatorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a &amp;notification when something new is due</source>
        <translation>Mostrar una &amp;notificación cuando haya algo nuevo pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only while BounceBack is open, and once for each reminder.</source>
        <translation>Solo mientras BounceBack esté abierto, y una vez por recordatorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your desktop has no notification area, so notices can't be shown here.</source>
        <translation>Tu escritorio no tiene área de notificaciones, así que aquí no se pueden mostrar avisos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hide archived applications and their reminders</source>
        <translation>&amp;Ocultar las candidaturas archivadas y sus recordatorios</translation>
    </message>
</context>
<context>
    <name>RemovePassphraseDialog</name>
    <message>
        <location filename="../../bounceback/ui/privacy/passphrase.py" line="+14"/>
        <location line="+10"/>
        <source>Remove passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Without a passphrase, anyone who can open your files can read your entries and backups. Type your passphrase to remove it.</source>
        <translation>Sin una frase de contraseña, cualquiera que pueda abrir tus archivos podrá leer tus entradas y copias de seguridad. Escribe tu frase de contraseña para quitarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../bounceback/ui/privacy/restore_dialog.py" line="+35"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BounceBack backs up your data when it starts and when it closes, once a day. Choose a backup to see what it holds. Restoring keeps what you have now as a backup too, so nothing is lost.</source>
        <translation>BounceBack hace una copia de seguridad de tus datos al iniciarse y al cerrarse, una vez al día. Elige una copia para ver qué contiene. Al restaurar, lo que tienes ahora también se guarda como copia de seguridad, así que no se pierde nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your backups</source>
        <translation>Tus copias de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia de seguridad…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There are no backups yet. BounceBack makes one each day it is used, and you can make one now with File → Back up now.</source>
        <translation>Aún no hay copias de seguridad. BounceBack hace una cada día que se usa, y puedes hacer una ahora con Archivo → Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backed up by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a damaged file, kept as it was</source>
        <translation>un archivo dañado, guardado tal cual</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking inside…</source>
        <translation>Mirando el contenido…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This backup was made with a different passphrase, so your current one can't open it.</source>
        <translation>Esta copia de seguridad se hizo con otra frase de contraseña, así que la actual no puede abrirla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This backup is protected by a passphrase and your data no longer has one, so it can't be opened here.</source>
        <translation>Esta copia de seguridad está protegida con una frase de contraseña y tus datos ya no tienen una, así que no se puede abrir aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup is damaged and can't be used.</source>
        <translation>Esta copia de seguridad está dañada y no se puede usar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup can't be read.</source>
        <translation>No se puede leer esta copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln candidatura</numerusform>
            <numerusform>%Ln candidaturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln check-in(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln feedback note(s)</source>
        <translation>
            <numerusform>%Ln nota de comentarios</numerusform>
            <numerusform>%Ln notas de comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds %1.</source>
        <translation>Contiene %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest timeline entry is from %1.</source>
        <translation>La entrada más reciente de la cronología es del %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data will be replaced by this backup. What you have now is kept as a backup first, so you can come back to it.</source>
        <translation>Tus datos se sustituirán por esta copia de seguridad. Lo que tienes ahora se guarda antes como copia de seguridad, para que puedas volver a ello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../bounceback/ui/exchange/import_pages.py" line="+24"/>
        <source>Rows that need a fix</source>
        <translation>Filas que hay que corregir</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You'll find everything in the tabs, as usual.</source>
        <translation>Encontrarás todo en las pestañas, como siempre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your entries are as they were. Once the file is fixed, or with another file, you can try again.</source>
        <translation>Tus entradas siguen como estaban. Cuando el archivo esté corregido, o con otro archivo, puedes volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ReviewStepBar</name>
    <message>
        <location filename="../../bounceback/ui/review/plan_step.py" line="+19"/>
        <location line="+1"/>
        <source>Review finished</source>
        <translation>Revisión terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close step 4 of the bounce-back plan for this application. What you want to carry forward stays in the actions below.</source>
        <translation>Cierra el paso 4 del plan para volver a empezar de esta candidatura. Lo que quieras llevarte queda en las acciones de abajo.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../bounceback/ui/review/tab.py" line="+62"/>
        <source>A&amp;pplication</source>
        <translation>&amp;Candidatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The item you're looking at</source>
        <translation>El elemento que estás revisando</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>this checklist item</source>
        <translation>este punto de la lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. When you're ready, turn it into one small step.</source>
        <translation>Guardado. Cuando quieras, conviértelo en un pequeño paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Step 4 is done. What you carry forward is in your actions.</source>
        <translation>El paso 4 está hecho. Lo que te llevas está en tus acciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your checklist is ready. Take it one item at a time.</source>
        <translation>Tu lista de revisión está preparada. Ve punto por punto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added from the timeline.</source>
        <translation>Añadido desde la cronología.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item added.</source>
        <translation>Punto añadido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete “%1” from this checklist? Its note goes with it; actions you made from it stay.</source>
        <translation>¿Eliminar “%1” de esta lista? Su nota se elimina con él; las acciones que creaste a partir de él se conservan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete item</source>
        <translation>Eliminar punto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item deleted.</source>
        <translation>Punto eliminado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added to your actions.</source>
        <translation>Añadido a tus acciones.</translation>
    </message>
</context>
<context>
    <name>ScreeningAnswersWindow</name>
    <message>
        <location filename="../../bounceback/ui/common/screening.py" line="+27"/>
        <source>Your screening answers for %1 — BounceBack</source>
        <translation>Tus respuestas de selección para %1 — BounceBack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer given</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../bounceback/ui/search/dialog.py" line="+55"/>
        <location line="+5"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search everything…</source>
        <translation>Buscar en todo…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
</context>
<context>
    <name>SentRow</name>
    <message>
        <location filename="../../bounceback/ui/timeline/app_editor.py" line="-212"/>
        <source>View the CV</source>
        <translation>Ver el CV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the CV you sent</source>
        <translation>Ver el CV que enviaste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read your answers to the screening questions</source>
        <translation>Lee tus respuestas a las preguntas de selección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Screening answers (%1)…</source>
        <translation>Respuestas de selección (%1)…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bounceback/ui/settings/dialog.py" line="+23"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings pages</source>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;minders</source>
        <translation>Recor&amp;datorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Privacy and security</source>
        <translation>&amp;Privacidad y seguridad</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../bounceback/ui/help/shortcuts.py" line="+49"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Everything in BounceBack works from the keyboard. Tab moves between fields; the underlined letter of a label or button, with Alt, goes straight to it.</source>
        <translation>En BounceBack todo funciona con el teclado. Tab pasa de un campo a otro; la letra subrayada de una etiqueta o un botón, junto con Alt, lleva directamente a él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In lists</source>
        <translation>En las listas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item (asks first)</source>
        <translation>Eliminar el elemento seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected item</source>
        <translation>Abrir el elemento seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <location filename="../../bounceback/ui/feedback/status.py" line="+43"/>
        <source>Where this request stands</source>
        <translation>En qué punto está esta solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I've &amp;asked</source>
        <translation>&amp;Ya lo pedí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I've asked for feedback</source>
        <translation>Ya pedí comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the note as asked today (you can change the date) and adds it to the timeline</source>
        <translation>Guarda la nota como pedida hoy (puedes cambiar la fecha) y la añade a la cronología</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;y answered</source>
        <translation>Me &amp;respondieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They answered</source>
        <translation>Me respondieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the note as answered today, then you can write down what they said</source>
        <translation>Guarda la nota como respondida hoy; después puedes anotar lo que te dijeron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>&amp;Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came</source>
        <translation>No llegó respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply so far; you can plan one follow-up</source>
        <translation>Sin respuesta por ahora; puedes planear un seguimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day to send one gentle follow-up, if you'd like</source>
        <translation>Un día para enviar un amable mensaje de seguimiento, si quieres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow &amp;up on</source>
        <translation>Hacer se&amp;guimiento el</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not asked yet. Once you've sent your request, note it here.</source>
        <translation>Aún no lo has pedido. Cuando envíes tu solicitud, anótalo aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked on %1, waiting for an answer.</source>
        <translation>Pedido el %1, a la espera de respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked, waiting for an answer.</source>
        <translation>Pedido, a la espera de respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer so far.</source>
        <translation>Sin respuesta por ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They answered. Take what's useful, and leave the rest.</source>
        <translation>Te han respondido. Quédate con lo útil y deja el resto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No answer is common and says little about you. One gentle follow-up after a week or two is fine.</source>
        <translation>No recibir respuesta es habitual y dice poco de ti. Está bien enviar un amable mensaje de seguimiento al cabo de una o dos semanas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers often take a week or two. If you like, pick a day to check in once.</source>
        <translation>Las respuestas suelen tardar una o dos semanas. Si quieres, elige un día para preguntar una vez.</translation>
    </message>
</context>
<context>
    <name>TabPage</name>
    <message>
        <location filename="../../bounceback/ui/common/tab.py" line="+68"/>
        <source>this item</source>
        <translation>este elemento</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../bounceback/ui/common/template_dialog.py" line="+19"/>
        <source>Edit template: %1</source>
        <translation>Editar plantilla: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the words to sound like you. New letters start from this text; the first line can be the subject.</source>
        <translation>Cambia las palabras para que suenen a ti. Las cartas nuevas parten de este texto; la primera línea puede ser el asunto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These are filled in from the application:</source>
        <translation>Estos datos se rellenan a partir de la candidatura:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the template</source>
        <translation>Guardar la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Put back the original</source>
        <translation>&amp;Restaurar el original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put back the original template</source>
        <translation>Restaurar la plantilla original</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <location filename="../../bounceback/ui/timeline/thank_you.py" line="+78"/>
        <source>Thank-you note to %1</source>
        <translation>Nota de agradecimiento a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A thank-you to %1</source>
        <translation>Un agradecimiento a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank them, wish them well, and ask them to keep you in mind for future openings. Nothing is sent from here: copy the note, or open it in your own mail program.</source>
        <translation>Dales las gracias, deséales lo mejor y pídeles que te tengan en cuenta para futuras vacantes. Desde aquí no se envía nada: copia la nota o ábrela en tu propio programa de correo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When you last thanked them</source>
        <translation>La última vez que les diste las gracias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unsent note from last time is back.</source>
        <translation>Aquí está de nuevo la nota que no enviaste la última vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a&amp;fresh from the template</source>
        <translation>Empezar de &amp;nuevo desde la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the template</source>
        <translation>Empezar de nuevo desde la plantilla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill in what's in [brackets] before you send it.</source>
        <translation>Completa lo que está entre [corchetes] antes de enviarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The day you sent it</source>
        <translation>El día que la enviaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as se&amp;nt</source>
        <translation>Marcar como en&amp;viada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the thank-you note as sent</source>
        <translation>Marcar la nota de agradecimiento como enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you've sent it</source>
        <translation>Cuando la hayas enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &amp;on</source>
        <translation>Enviada &amp;el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It goes on the timeline, dated.</source>
        <translation>Se añade a la cronología, con su fecha.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Their LinkedIn profile address</source>
        <translation>La dirección de su perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn profile</source>
        <translation>Perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected on Linked&amp;In</source>
        <translation>Conectados en Linked&amp;In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected on LinkedIn</source>
        <translation>Conectados en LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in touch on</source>
        <translation>Retomar el contacto el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day to say hello again, if you'd like one</source>
        <translation>Un día para volver a saludar, si quieres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the LinkedIn and stay-in-touch details</source>
        <translation>Guardar el perfil de LinkedIn y los datos para seguir en contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay connected</source>
        <translation>Seguir en contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn &amp;profile</source>
        <translation>&amp;Perfil de LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in &amp;touch on</source>
        <translation>Retomar el con&amp;tacto el</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Use the new template?</source>
        <translation>¿Usar la nueva plantilla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this note again from the changed template? What you wrote here will be replaced.</source>
        <translation>¿Empezar esta nota de nuevo con la plantilla modificada? Lo que has escrito aquí se sustituirá.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thanked on %1. Sending another note is fine too.</source>
        <translation>Les diste las gracias el %1. También está bien enviar otra nota.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noted on the timeline. Well done.</source>
        <translation>Anotado en la cronología. Bien hecho.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>how you keep in touch with %1</source>
        <translation>los datos para seguir en contacto con %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../bounceback/ui/timeline/tab.py" line="+99"/>
        <source>&amp;New application</source>
        <translation>&amp;Nueva candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an application (Ctrl+N)</source>
        <translation>Añadir una candidatura (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+229"/>
        <source>New application</source>
        <translation>Nueva candidatura</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Every event of your search, newest first</source>
        <translation>Todos los eventos de tu búsqueda, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all events in date order</source>
        <translation>Mostrar todos los eventos por fecha</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the application</source>
        <translation>Guardar la candidatura</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your applications in a column per status: drag a card to move it on</source>
        <translation>Tus candidaturas en una columna por estado: arrastra una tarjeta para moverla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the applications as a board</source>
        <translation>Mostrar las candidaturas como tablero</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+252"/>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Archive or restore the application</source>
        <translation>Archivar o restaurar la candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it out of sight without deleting anything</source>
        <translation>Quitarla de la vista sin eliminar nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the application</source>
        <translation>Eliminar la candidatura</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Application details</source>
        <translation>Detalles de la candidatura</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Pick an application on the left to see its details and history,
or add a new one.</source>
        <translation>Elige una candidatura a la izquierda para ver sus detalles y su historial,
o añade una nueva.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+103"/>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Un&amp;archive</source>
        <translation>Desar&amp;chivar</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Moved to “%1”.</source>
        <translation>Movida a «%1».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the new application</source>
        <translation>la nueva candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application at %1</source>
        <translation>la candidatura en %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Application saved.</source>
        <translation>Candidatura guardada.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Archived. It's out of sight; “Show archived” brings it back.</source>
        <translation>Archivada. Ya no está a la vista; “Mostrar archivadas” la recupera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in your list.</source>
        <translation>De vuelta en tu lista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the application at %1 for %2?

Its history, feedback notes and review are deleted with it. Action items you made from it are kept. If you only want it out of sight, archive it instead.</source>
        <translation>¿Eliminar la candidatura en %1 para %2?

Su historial, sus notas de comentarios y su revisión se eliminan con ella. Las acciones que creaste a partir de ella se conservan. Si solo quieres quitarla de la vista, archívala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete application</source>
        <translation>Eliminar candidatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application deleted.</source>
        <translation>Candidatura eliminada.</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../../bounceback/ui/today/tab.py" line="+85"/>
        <source>Today's date</source>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder &amp;settings…</source>
        <translation>Ajustes de &amp;recordatorios…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+6"/>
        <source>Nothing due today. Rest is part of the process too.</source>
        <translation>Nada pendiente para hoy. Descansar también forma parte del proceso.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Thank-you notes, feedback replies, follow-ups and your own action items will show up here on their day.</source>
        <translation>Las notas de agradecimiento, las respuestas sobre comentarios, los mensajes de seguimiento y tus propias acciones aparecerán aquí el día que toque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reminders for today and this week</source>
        <translation>Recordatorios de hoy y de esta semana</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Show %1 more</source>
        <translation>Mostrar %1 más</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Snoozed until tomorrow.</source>
        <translation>Pospuesto hasta mañana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed for a week. It will be back on %1.</source>
        <translation>Pospuesto una semana. Volverá el %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismissed. It won't come back.</source>
        <translation>Descartado. No volverá a aparecer.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../bounceback/ui/privacy/passphrase.py" line="-210"/>
        <source>Unlock BounceBack</source>
        <translation>Desbloquear BounceBack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries are protected by a passphrase. Enter it to open them.</source>
        <translation>Tus entradas están protegidas con una frase de contraseña. Escríbela para abrirlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the passphrase is lost, nobody can open these entries, not even BounceBack. If you never set one, the data file may be damaged: your backups are in the 'backups' folder beside it.</source>
        <translation>Si se pierde la frase de contraseña, nadie puede abrir estas entradas, ni siquiera BounceBack. Si nunca estableciste una, puede que el archivo de datos esté dañado: tus copias de seguridad están en la carpeta 'backups', junto a él.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-299"/>
        <source>BounceBack is locked</source>
        <translation>BounceBack está bloqueado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+224"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Let's take a breath: you can try again in %n second(s).</source>
        <translation>
            <numerusform>Respiremos un momento: puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Respiremos un momento: puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please try again</source>
        <translation>Inténtalo de nuevo</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../bounceback/ui/welcome/dialog.py" line="+43"/>
        <location line="+11"/>
        <source>Welcome to BounceBack</source>
        <translation>Te damos la bienvenida a BounceBack</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BounceBack keeps your whole job search in one place, and after a “no” it walks with you through four steps:</source>
        <translation>BounceBack reúne toda tu búsqueda de empleo en un solo lugar y, después de un «no», te acompaña en cuatro pasos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Accept your emotions.&lt;/b&gt; Name what you feel and how strongly, and pick a way to cope that suits you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Be gracious and stay connected.&lt;/b&gt; Thank the people you met, and keep in touch for the next opening.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask for feedback.&lt;/b&gt; Ask what you could improve, then put the answer to use.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Review the process.&lt;/b&gt; Look back from the application to the answer and turn each finding into a next step.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Acepta tus emociones.&lt;/b&gt; Ponle nombre a lo que sientes y a su intensidad, y elige una forma de afrontarlo que te vaya bien.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sé amable y mantén el contacto.&lt;/b&gt; Da las gracias a las personas que conociste y sigue en contacto para la próxima oportunidad.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pide comentarios.&lt;/b&gt; Pregunta qué podrías mejorar y luego pon la respuesta en práctica.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Revisa el proceso.&lt;/b&gt; Repasa desde la candidatura hasta la respuesta y convierte cada hallazgo en un próximo paso.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Everything stays on this computer: no account, no network.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todo se queda en este ordenador: sin cuenta y sin red.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are optional, and you can change your mind later.</source>
        <translation>Las dos cosas son opcionales, y puedes cambiar de idea más adelante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect it with a passphrase</source>
        <translation>Protegerlo con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your entries are already protected by your passphrase.</source>
        <translation>Tus entradas ya están protegidas con tu frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody who opens your files can read them without it. BounceBack asks for it each time it starts, and it can't be recovered. You can turn this on or off later in File → Privacy and security.</source>
        <translation>Nadie que abra tus archivos podrá leerlos sin ella. BounceBack te la pide cada vez que se inicia, y no se puede recuperar. Puedes activarla o desactivarla más adelante en Archivo → Privacidad y seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add example data to explore (you can remove it in one step)</source>
        <translation>Añadir datos de ejemplo para explorar (puedes quitarlos en un solo paso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The example data is already here. The bar at the top of the window removes it.</source>
        <translation>Los datos de ejemplo ya están aquí. La barra de la parte superior de la ventana los quita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A made-up search with one rejection and its bounce-back plan, partly done. Everything in it says “Example”, and a bar at the top of the window removes it all at once, leaving whatever you wrote yourself.</source>
        <translation>Una búsqueda inventada con un rechazo y su plan para recuperarte, a medio hacer. Todo en ella dice «Ejemplo», y una barra en la parte superior de la ventana lo quita todo de una vez, sin tocar lo que hayas escrito tú.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (example)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example data added. The bar at the top removes it.</source>
        <translation>Datos de ejemplo añadidos. La barra de arriba los quita.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../bounceback/ui/menus.py" line="+45"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New application</source>
        <translation>&amp;Nueva candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;check-in</source>
        <translation>Nuevo &amp;registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Privacy and security…</source>
        <translation>&amp;Privacidad y seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All &amp;events</source>
        <translation>Todos los &amp;eventos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Welcome and example data…</source>
        <translation>&amp;Bienvenida y datos de ejemplo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About BounceBack</source>
        <translation>&amp;Acerca de BounceBack</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Same as the system</source>
        <translation>&amp;Igual que el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>_MailView</name>
    <message>
        <location filename="../../bounceback/ui/common/document_viewer.py" line="-132"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <comment>a date, then the time of day</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>_PageView</name>
    <message>
        <location line="-268"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <comment>a command, then its keys</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This page can't be shown.</source>
        <translation>No se puede mostrar esta página.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../bounceback/app.py" line="+151"/>
        <source>Something unexpected went wrong. Everything you saved is safe. If it happens again, restarting BounceBack usually helps.</source>
        <translation>Algo inesperado salió mal. Todo lo que guardaste está a salvo. Si vuelve a pasar, reiniciar BounceBack suele ayudar.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>BounceBack is already open with this data folder. Please switch to its window.</source>
        <translation>BounceBack ya está abierto con esta carpeta de datos. Cambia a su ventana, por favor.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../bounceback/ui/checkin/emotions.py" line="-205"/>
        <source>a little</source>
        <translation>un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelming</source>
        <translation>abrumador</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../bounceback/services/insights/feedback.py" line="+43"/>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical depth</source>
        <translation>Profundidad técnica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System design</source>
        <translation>Diseño de sistemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Culture fit</source>
        <translation>Encaje cultural</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salary expectations</source>
        <translation>Expectativas salariales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coding</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testing</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stakeholder management</source>
        <translation>Gestión de partes interesadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem solving</source>
        <translation>Resolución de problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teamwork</source>
        <translation>Trabajo en equipo</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../build/i18n/service_strings.py" line="+5"/>
        <source>The action</source>
        <translation>La acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The due date</source>
        <translation>La fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action item</source>
        <translation>acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company</source>
        <translation>La empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role</source>
        <translation>El puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reapply date</source>
        <translation>La fecha para volver a postularte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The top of the salary range is below its bottom.</source>
        <translation>El máximo del rango salarial es menor que el mínimo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application date</source>
        <translation>La fecha de la candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job description</source>
        <translation>La descripción del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>application</source>
        <translation>candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The salary should be a positive amount.</source>
        <translation>El salario debe ser una cantidad positiva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your way to cope</source>
        <translation>Tu forma de afrontarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick at least one feeling, even a small one.</source>
        <translation>Elige al menos un sentimiento, aunque sea pequeño.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strong a feeling is</source>
        <translation>La intensidad de un sentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A feeling is listed twice.</source>
        <translation>Hay un sentimiento repetido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose a way to cope from the list.</source>
        <translation>Elige una forma de afrontarlo de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in a few words what you will do.</source>
        <translation>Di en pocas palabras lo que vas a hacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the date and time.</source>
        <translation>Indica la fecha y la hora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The journal entry</source>
        <translation>La entrada del diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you feel overall</source>
        <translation>Cómo te sientes en general</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>check-in</source>
        <translation>registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the feelings isn't one BounceBack knows.</source>
        <translation>BounceBack no reconoce uno de los sentimientos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Afterwards” can only be about the feelings you named.</source>
        <translation>Lo que sientes “después” solo puede referirse a los sentimientos que nombraste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That rejection no longer exists.</source>
        <translation>Ese rechazo ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That rejection belongs to another application.</source>
        <translation>Ese rechazo pertenece a otra candidatura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email</source>
        <translation>El correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stay-in-touch date</source>
        <translation>La fecha para seguir en contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address doesn't look complete.</source>
        <translation>La dirección de correo electrónico no parece completa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Solo se puede añadir una palabra suelta al diccionario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This %1 no longer exists. It may have been deleted.</source>
        <translation>Este elemento (%1) ya no existe. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please give the date it happened.</source>
        <translation>Indica la fecha en que ocurrió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interview round should be 1 or more.</source>
        <translation>La ronda de entrevista debe ser 1 o más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details</source>
        <translation>Los detalles</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interviewers</source>
        <translation>Quién te entrevistó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column “%1” isn't in this file any more; please choose the columns again.</source>
        <translation>La columna “%1” ya no está en este archivo; elige las columnas de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please choose which column holds “%1”.</source>
        <translation>Elige qué columna contiene «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is missing.</source>
        <translation>Falta la fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack doesn't know the mood “%1” yet; please say where it sits from 1 to 10.</source>
        <translation>BounceBack aún no conoce el estado de ánimo «%1»; indica dónde se sitúa del 1 al 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mood is missing.</source>
        <translation>Falta el estado de ánimo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack couldn't save the file there. Please check that the folder exists, that you may write to it and that there is free space, then try again.</source>
        <translation>BounceBack no pudo guardar el archivo ahí. Comprueba que la carpeta existe, que puedes escribir en ella y que hay espacio libre, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of this file clashes with what is already in BounceBack, so nothing was imported.</source>
        <translation>Una parte de este archivo choca con lo que ya hay en BounceBack, así que no se importó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has a type BounceBack can't read.</source>
        <translation>«%1» tiene un tipo que BounceBack no puede leer.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“%1” isn't a date (expected YYYY-MM-DD).</source>
        <translation>«%1» no es una fecha (se esperaba AAAA-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” isn't a date and time (expected YYYY-MM-DDTHH:MM:SS).</source>
        <translation>«%1» no es una fecha y hora (se esperaba AAAA-MM-DDTHH:MM:SS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is empty but is needed.</source>
        <translation>«%1» está vacío, pero hace falta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has a value BounceBack doesn't know.</source>
        <translation>«%1» tiene un valor que BounceBack no conoce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” should be true or false.</source>
        <translation>«%1» debería ser verdadero o falso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” should be a whole number.</source>
        <translation>«%1» debería ser un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a number too large to keep.</source>
        <translation>«%1» es un número demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” should be text.</source>
        <translation>«%1» debería ser texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has characters that can't be stored.</source>
        <translation>«%1» tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry's text</source>
        <translation>El texto de esta entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mood</source>
        <translation>El estado de ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date “%1” isn't one BounceBack can read; please write it like 2025-03-01.</source>
        <translation>BounceBack no puede leer la fecha «%1»; escríbela así: 2025-03-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time “%1” isn't one BounceBack can read; please write it like 21:30.</source>
        <translation>BounceBack no puede leer la hora «%1»; escríbela así: 21:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date “%1” looks mistyped; please use a year between 1970 and 2100.</source>
        <translation>Parece que la fecha «%1» tiene una errata; usa un año entre 1970 y 2100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This date is too long to be a date; please write it like 2025-03-01.</source>
        <translation>Esta fecha es demasiado larga para ser una fecha; escríbela así: 2025-03-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date “%1” should be written like 2025-03-01.</source>
        <translation>La fecha «%1» debería escribirse así: 2025-03-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date “%1” doesn't exist on the calendar.</source>
        <translation>La fecha «%1» no existe en el calendario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date “%1” could be %2 or %3; please write it as %4 or %5.</source>
        <translation>La fecha «%1» podría ser el %2 o el %3; escríbela como %4 o %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This row has more cells than the file has columns; a %1 inside a cell may need quotes around the cell.</source>
        <translation>Esta fila tiene más celdas que columnas el archivo; puede que una celda con %1 dentro necesite comillas a su alrededor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has no rows to import.</source>
        <translation>Este archivo no tiene filas que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This row looks cut off; the file may be incomplete.</source>
        <translation>Esta fila parece cortada; puede que el archivo esté incompleto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quote opened on this row is never closed; the file may be cut off.</source>
        <translation>Unas comillas abiertas en esta fila no se cierran nunca; puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like a spreadsheet workbook. Please save it as CSV from your spreadsheet program, then import the CSV file.</source>
        <translation>Parece un libro de hojas de cálculo. Guárdalo como CSV desde tu programa de hojas de cálculo y luego importa el archivo CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a PDF document, not a file BounceBack can import.</source>
        <translation>Es un documento PDF, no un archivo que BounceBack pueda importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This doesn't look like a text file, so BounceBack can't import it.</source>
        <translation>No parece un archivo de texto, así que BounceBack no puede importarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 need a small fix before importing. Nothing was imported.</source>
        <translation>%1 %2 necesitan un pequeño arreglo antes de importar. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is empty, so there is nothing to import.</source>
        <translation>Este archivo está vacío, así que no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is too large to be an export BounceBack knows.</source>
        <translation>Este archivo es demasiado grande para ser una exportación que BounceBack conozca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One %1 needs a small fix before importing. Nothing was imported.</source>
        <translation>Una %1 necesita un pequeño arreglo antes de importar. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a folder; please choose a file.</source>
        <translation>Es una carpeta; elige un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack couldn't read this file. It may have been moved, or another program may be using it.</source>
        <translation>BounceBack no pudo leer este archivo. Puede que se haya movido o que otro programa lo esté usando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This doesn't look like a jrnl export: it has no list of entries.</source>
        <translation>No parece una exportación de jrnl: no tiene una lista de entradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry's “%1” isn't text.</source>
        <translation>El campo «%1» de esta entrada no es texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry isn't shaped like a jrnl entry.</source>
        <translation>Esta entrada no tiene la forma de una entrada de jrnl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is damaged or cut off, so BounceBack can't read it.</source>
        <translation>Este archivo está dañado o cortado, así que BounceBack no puede leerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file stops making sense here.</source>
        <translation>A partir de aquí el archivo deja de tener sentido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This doesn't look like a file BounceBack exported. Please choose a BounceBack JSON export; nothing has been changed.</source>
        <translation>No parece un archivo exportado por BounceBack. Elige una exportación JSON de BounceBack; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file seems to be cut short, perhaps it was not copied completely. Nothing has been changed.</source>
        <translation>Parece que este archivo está incompleto; quizá no se copió entero. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was made by a newer version of BounceBack. Please update BounceBack to import it; nothing has been changed.</source>
        <translation>Este archivo se creó con una versión más reciente de BounceBack. Actualiza BounceBack para importarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some records in this file can't be read, so nothing was imported.</source>
        <translation>Algunos datos de este archivo no se pueden leer, así que no se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is empty. Nothing has been changed.</source>
        <translation>Este archivo está vacío. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it isn't a record.</source>
        <translation>no es un registro de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same record appears twice.</source>
        <translation>el mismo registro de datos aparece dos veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BounceBack couldn't open that file. Please check it is still there and try again.</source>
        <translation>BounceBack no pudo abrir ese archivo. Comprueba que sigue ahí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 should be a list of records.</source>
        <translation>La parte «%1» debería ser una lista de registros de datos.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>it has a field BounceBack doesn't know (“%1”).</source>
        <translation>tiene un campo que BounceBack no conoce («%1»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has a part BounceBack doesn't know: “%1”.</source>
        <translation>El archivo tiene una parte que BounceBack no conoce: «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and %1 more problems.</source>
        <translation>… y %1 problemas más.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Row %1 of the %2: %3</source>
        <translation>Fila %1 de «%2»: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is missing.</source>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1 of the %2: “%3” refers to one of the %4 that isn't in the file.</source>
        <translation>Fila %1 de «%2»: «%3» se refiere a un elemento de «%4» que no está en el archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a field BounceBack knows. Fields: %2.</source>
        <translation>“%1” no es un campo que BounceBack conozca. Campos: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no column “%1” in this file.</source>
        <translation>No hay ninguna columna “%1” en este archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom you asked</source>
        <translation>A quién preguntaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date you asked</source>
        <translation>La fecha en que lo pediste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the answer</source>
        <translation>La fecha de la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up date</source>
        <translation>La fecha de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who did you ask? A name or a role is enough.</source>
        <translation>¿A quién preguntaste? Basta con un nombre o un cargo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer can't come before you asked.</source>
        <translation>La respuesta no puede llegar antes de que preguntaras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reaction</source>
        <translation>Tu reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson</source>
        <translation>La lección aprendida</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>feedback note</source>
        <translation>nota de comentarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A template needs some words in it.</source>
        <translation>Una plantilla necesita algo de texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snooze date</source>
        <translation>La fecha hasta la que se pospone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder can't be found any more.</source>
        <translation>Ya no se encuentra este recordatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please pick a day to be reminded again.</source>
        <translation>Elige un día para que te lo recordemos de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This one can't be ticked off; dismiss it when it's settled.</source>
        <translation>Este no se puede marcar como hecho; descártalo cuando esté resuelto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit: did the role, team and company really suit what I offer and want?</source>
        <translation>Encaje: ¿el puesto, el equipo y la empresa encajaban de verdad con lo que ofrezco y lo que busco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experience level: was I over- or under-qualified on paper?</source>
        <translation>Nivel de experiencia: sobre el papel, ¿estaba por encima o por debajo del perfil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary: were my expectations in line with the range?</source>
        <translation>Salario: ¿mis expectativas estaban en línea con la banda salarial?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview answers: was there a question I'd answer differently now?</source>
        <translation>Respuestas en la entrevista: ¿hubo alguna pregunta que ahora respondería de otra forma?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation: did I know the company, the product and the people?</source>
        <translation>Preparación: ¿conocía la empresa, el producto y a las personas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: did I reply and follow up promptly and warmly?</source>
        <translation>Seguimiento: ¿respondí e hice el seguimiento con rapidez y cercanía?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typos and details: were my resume, letters and messages error-free?</source>
        <translation>Erratas y detalles: ¿mi currículum, mis cartas y mis mensajes estaban libres de errores?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The item</source>
        <translation>El elemento</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>review item</source>
        <translation>elemento de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an item marked “to improve” becomes an action.</source>
        <translation>Solo un elemento marcado como “por mejorar” se convierte en acción.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>How I applied: the application itself</source>
        <translation>Cómo me presenté: la candidatura en sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I applied: the referral and how I used it</source>
        <translation>Cómo me presenté: la recomendación y cómo la aproveché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I was recruited: the first conversation with the recruiter</source>
        <translation>Cómo me contactaron: la primera conversación con la persona reclutadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My resume fit this role and had no typos</source>
        <translation>Mi currículum encajaba con este puesto y no tenía erratas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My cover letter spoke to this company and role</source>
        <translation>Mi carta de presentación hablaba de esta empresa y este puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My messages were timely, clear and friendly</source>
        <translation>Mis mensajes fueron puntuales, claros y cordiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I thanked the people I met, promptly and warmly</source>
        <translation>Di las gracias a las personas que conocí, con rapidez y cercanía</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The link</source>
        <translation>El enlace</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>The deadline</source>
        <translation>La fecha límite para postularte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The day you connected</source>
        <translation>El día en que conectasteis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name</source>
        <translation>El nombre del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is empty, so there is nothing to keep.</source>
        <translation>Este archivo está vacío, así que no hay nada que guardar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is %1 MB; BounceBack keeps files of up to %2 MB. A PDF export or a smaller copy will fit.</source>
        <translation>Este archivo ocupa %1 MB; BounceBack guarda archivos de hasta %2 MB. Una exportación a PDF o una copia más pequeña cabrá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only files can be attached, not folders.</source>
        <translation>Solo se pueden adjuntar archivos, no carpetas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack couldn't read this file (%1).</source>
        <translation>BounceBack no ha podido leer este archivo (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” should be Base64 text.</source>
        <translation>«%1» debería ser texto en Base64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” isn't readable Base64.</source>
        <translation>«%1» no es Base64 legible.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its content isn't the file its fingerprint names (changed by hand?).</source>
        <translation>su contenido no es el archivo que indica su huella (¿se cambió a mano?).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The company name is empty; please fill it in or remove the row.</source>
        <translation>El nombre de la empresa está vacío; complétalo o quita la fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job title is empty; please fill it in or remove the row.</source>
        <translation>El puesto está vacío; complétalo o quita la fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is empty; please fill it in or remove the row.</source>
        <translation>La fecha está vacía; complétala o quita la fila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This doesn't look like LinkedIn's data archive: it has no Job Applications, Saved Jobs or Connections file. Nothing was imported.</source>
        <translation>Esto no parece el archivo de datos de LinkedIn: no tiene ningún archivo Job Applications, Saved Jobs ni Connections. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This archive is protected by a password. Please unpack it with your archive program, then choose the folder.</source>
        <translation>Este archivo comprimido está protegido con contraseña. Descomprímelo con tu programa de archivos y elige luego la carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” doesn't have the columns BounceBack looks for (a company and a job title, or a first and a last name). Nothing was imported.</source>
        <translation>«%1» no tiene las columnas que busca BounceBack (una empresa y un puesto, o un nombre y un apellido). No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” doesn't have the columns BounceBack looks for. Nothing was imported.</source>
        <translation>«%1» no tiene las columnas que busca BounceBack. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This ZIP file is damaged or incomplete, so BounceBack can't read it. Please download the archive again.</source>
        <translation>Este archivo ZIP está dañado o incompleto, así que BounceBack no puede leerlo. Descarga el archivo de nuevo.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This file changed while BounceBack was importing it, so nothing was imported. Please try again once it is no longer being written.</source>
        <translation>Este archivo cambió mientras BounceBack lo importaba, así que no se importó nada. Vuelve a intentarlo cuando ya no se esté escribiendo en él.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Where it was sent through</source>
        <translation>Por dónde la enviaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CV's name</source>
        <translation>El nombre del CV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is needed.</source>
        <translation>%1: este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: el texto es demasiado largo (máximo %2 caracteres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 looks mistyped; please use a date between 1970 and 2100.</source>
        <translation>%1: parece que hay un error; usa una fecha entre 1970 y 2100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link doesn't look like a web address.</source>
        <translation>El enlace no parece una dirección web.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should be between %2 and %3.</source>
        <translation>%1: debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup is damaged and can't be used.</source>
        <translation>Esta copia de seguridad está dañada y no se puede usar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The converted copy did not check out; nothing was changed.</source>
        <translation>La copia convertida no pasó la comprobación; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack's data file %1 is a folder, not a file. Move that folder away (or choose another data folder with --data-dir) and try again.</source>
        <translation>El archivo de datos de BounceBack %1 es una carpeta, no un archivo. Mueve esa carpeta a otro sitio (o elige otra carpeta de datos con --data-dir) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack's data file %1 is not a regular file. Move it away (or choose another data folder with --data-dir) and try again.</source>
        <translation>El archivo de datos de BounceBack %1 no es un archivo normal. Muévelo a otro sitio (o elige otra carpeta de datos con --data-dir) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack's data file %1 is a link to something that isn't there. Reconnect the drive it points to (or remove the link) and try again.</source>
        <translation>El archivo de datos de BounceBack %1 es un enlace a algo que no está. Vuelve a conectar la unidad a la que apunta (o quita el enlace) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack isn't allowed to read its data file %1. Give your user read and write permission on it and try again.</source>
        <translation>BounceBack no tiene permiso para leer su archivo de datos %1. Da a tu usuario permiso de lectura y escritura sobre él y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data was saved by a newer version of BounceBack. Please update BounceBack to open it; nothing has been changed.</source>
        <translation>Estos datos se guardaron con una versión más reciente de BounceBack. Actualiza BounceBack para abrirlos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is in use by another program (perhaps BounceBack is already open). Please close it and try again.</source>
        <translation>Otro programa está usando tus datos (quizá BounceBack ya esté abierto). Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is protected by a passphrase. Please enter it to open it.</source>
        <translation>Tus datos están protegidos con una frase de contraseña. Escríbela para abrirlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That passphrase didn't open your data. Passphrases are case-sensitive; please check it and try again. Nothing has been changed.</source>
        <translation>Esa frase de contraseña no abrió tus datos. Las frases de contraseña distinguen entre mayúsculas y minúsculas; revísala y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data isn't protected by a passphrase, so there is none to change.</source>
        <translation>Tus datos no están protegidos con una frase de contraseña, así que no hay ninguna que cambiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is already protected by a passphrase.</source>
        <translation>Tus datos ya están protegidos con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your disk is full: free some space and try again. Nothing was changed.</source>
        <translation>Tu disco está lleno: libera algo de espacio y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack is busy with your data elsewhere (another window or command is saving to it). Please try again in a moment; nothing was changed.</source>
        <translation>BounceBack está ocupado con tus datos en otro sitio (otra ventana u orden está guardando en ellos). Vuelve a intentarlo en un momento; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data folder %1 is read-only, so BounceBack can't save anything there. Make it writable again (or choose another folder with --data-dir) and try again. Nothing was changed.</source>
        <translation>Tu carpeta de datos %1 es de solo lectura, así que BounceBack no puede guardar nada en ella. Vuelve a permitir la escritura (o elige otra carpeta con --data-dir) y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack's data file %1 is empty, though this folder held your data before (a failed copy or a full disk can do this). Nothing has been changed; your backups are in the 'backups' folder beside it.</source>
        <translation>El archivo de datos de BounceBack %1 está vacío, aunque esta carpeta ya guardaba tus datos (puede pasar tras una copia fallida o con el disco lleno). No se ha cambiado nada; tus copias de seguridad están en la carpeta «backups», a su lado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BounceBack couldn't open its data in %1. Nothing has been changed. Please check the folder (or choose another with --data-dir) and try again.</source>
        <translation>BounceBack no ha podido abrir sus datos en %1. No se ha cambiado nada. Revisa la carpeta (o elige otra con --data-dir) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no BounceBack data in %1 yet.</source>
        <translation>Todavía no hay datos de BounceBack en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, as BounceBack JSON (can be imported again)</source>
        <translation>Todo, en JSON de BounceBack (se puede volver a importar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications, as a spreadsheet (CSV)</source>
        <translation>Candidaturas, en hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal and feedback, as Markdown</source>
        <translation>Diario y comentarios, en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews and reminders, as a calendar (iCalendar)</source>
        <translation>Entrevistas y recordatorios, en calendario (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date applied</source>
        <translation>Fecha de la candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the status</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary (from)</source>
        <translation>Salario (desde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary (up to)</source>
        <translation>Salario (hasta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeline events</source>
        <translation>eventos de la cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links between applications and contacts</source>
        <translation>vínculos entre candidaturas y contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-ins</source>
        <translation>registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in feelings</source>
        <translation>emociones de los registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback notes</source>
        <translation>notas de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review items</source>
        <translation>elementos de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action items</source>
        <translation>acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drafts</source>
        <translation>borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bounce-back plans</source>
        <translation>planes para recuperarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snoozed and dismissed reminders</source>
        <translation>recordatorios pospuestos y descartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter templates</source>
        <translation>plantillas de cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words added to the dictionary</source>
        <translation>palabras añadidas al diccionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents' contents</source>
        <translation>contenidos de los documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>screening questions and answers</source>
        <translation>preguntas y respuestas de selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied again after “%1”</source>
        <translation>Volviste a presentar tu candidatura tras “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you note to %1</source>
        <translation>Nota de agradecimiento a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-you note sent</source>
        <translation>Nota de agradecimiento enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked %1 for feedback</source>
        <translation>Pediste comentarios a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback from %1</source>
        <translation>Comentarios de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up with %1 about feedback</source>
        <translation>Volviste a escribir a %1 sobre los comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Got back in touch with %1</source>
        <translation>Retomaste el contacto con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the offer</source>
        <translation>Aceptaste la oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrew the application</source>
        <translation>Retiraste la candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response from the company</source>
        <translation>Sin respuesta de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to apply later</source>
        <translation>Guardada para postularte más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept your emotions</source>
        <translation>Acepta tus emociones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be gracious and stay connected</source>
        <translation>Sé amable y mantén el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for feedback</source>
        <translation>Pide comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the process</source>
        <translation>Revisa el proceso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before applying, write two lines on why this role fits me and check them against the ad</source>
        <translation>Antes de presentarme, escribir dos líneas sobre por qué este puesto encaja conmigo y compararlas con la oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailor the resume's first third to the level the role asks for</source>
        <translation>Ajustar el primer tercio del currículum al nivel que pide el puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research the range for this role and give a band, not a single number</source>
        <translation>Investigar la banda salarial de este puesto y dar un rango, no una sola cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise that answer out loud twice, with a real example</source>
        <translation>Practicar esa respuesta en voz alta dos veces, con un ejemplo real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare three questions about their product and team before each interview</source>
        <translation>Preparar tres preguntas sobre su producto y su equipo antes de cada entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a thank-you note within a day of every interview</source>
        <translation>Enviar una nota de agradecimiento en el día siguiente a cada entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a friend to proofread before sending</source>
        <translation>Pedir a alguien de confianza que lo revise antes de enviarlo</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location line="+1"/>
        <source>Shock</source>
        <translation>Conmoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbelief</source>
        <translation>Incredulidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness</source>
        <translation>Embotamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anger</source>
        <translation>Ira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustration</source>
        <translation>Frustración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resentment</source>
        <translation>Resentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irritation</source>
        <translation>Irritación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling treated unfairly</source>
        <translation>Sensación de injusticia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sadness</source>
        <translation>Tristeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disappointment</source>
        <translation>Decepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Despair</source>
        <translation>Desesperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurt</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loneliness</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grief</source>
        <translation>Duelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worry about money</source>
        <translation>Preocupación por el dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-doubt</source>
        <translation>Dudas sobre tu valía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insecurity</source>
        <translation>Inseguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwhelm</source>
        <translation>Agobio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking inward</source>
        <translation>Mirando hacia dentro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret</source>
        <translation>Arrepentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embarrassment</source>
        <translation>Bochorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shame</source>
        <translation>Vergüenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guilt</source>
        <translation>Culpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envy</source>
        <translation>Envidia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steadier feelings</source>
        <translation>Sentimientos más serenos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Determination</source>
        <translation>Determinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curiosity</source>
        <translation>Curiosidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call a friend and vent</source>
        <translation>Llamar a un amigo o amiga y desahogarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An intense workout</source>
        <translation>Un entrenamiento intenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A frustrated journal entry</source>
        <translation>Una entrada de diario llena de frustración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A walk outside</source>
        <translation>Un paseo al aire libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest and do something kind for yourself</source>
        <translation>Descansar y hacer algo bueno por ti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own way</source>
        <translation>A mi manera</translation>
    </message>
</context>
</TS>
