/* The segment descriptor description passed to set_thread_area and
 * modify_ldt.  C runtimes use set_thread_area at start-up to point %gs at
 * their thread block (TLS); the kernel turns this into a GDT entry. */
#ifndef _UAPI_ASM_LDT_H
#define _UAPI_ASM_LDT_H

#define LDT_ENTRIES    8192
#define LDT_ENTRY_SIZE 8

struct user_desc {
	unsigned int entry_number;  /* -1 on input: "pick a free slot for me" */
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit:1;
	unsigned int contents:2;    /* MODIFY_LDT_CONTENTS_* */
	unsigned int read_exec_only:1;
	unsigned int limit_in_pages:1;
	unsigned int seg_not_present:1;
	unsigned int useable:1;
};

#define MODIFY_LDT_CONTENTS_DATA  0
#define MODIFY_LDT_CONTENTS_STACK 1
#define MODIFY_LDT_CONTENTS_CODE  2

#endif
