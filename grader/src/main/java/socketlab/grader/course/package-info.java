/**
 * The course itself: its exercises (listed once, in {@link socketlab.grader.course.Exercise}), its two languages
 * and their words, and the statuses a test can end with.
 */
package socketlab.grader.course;
