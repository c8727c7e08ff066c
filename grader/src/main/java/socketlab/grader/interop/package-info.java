/** Whether a class's clients and servers talk to each other: which pairs meet, and how each conversation went. */
package socketlab.grader.interop;
