/**
 * The V8 heap (`--max-old-space-size`, in MB) an API process runs with. The API keeps little beyond a request (about
 * 110 MB live under load; uploads and downloads stream), but V8 sizes its default limit by the machine's memory and
 * collects lazily below it: on a 24 GiB machine an API serving lists and audit records at 100 requests a second grew
 * to 436 MiB RSS and stayed there, against 225 MiB with this limit at the same rate.
 */
export const API_HEAP_MB = 192;
