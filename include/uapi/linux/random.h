/* getrandom(2) (355) flags. */
#ifndef _UAPI_LINUX_RANDOM_H
#define _UAPI_LINUX_RANDOM_H

#define GRND_NONBLOCK	0x0001	/* never block (we never do: seeded at boot) */
#define GRND_RANDOM	0x0002	/* the old "blocking pool": the same bytes now */
#define GRND_INSECURE	0x0004	/* do not wait for the seed; not with GRND_RANDOM */

#endif
