package socketlab.grader.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;
import socketlab.grader.grading.GradingRun;

final class LongWaitsFirstTest {

    @Test
    void putsTheClassesOnOtherHostsFirstAndKeepsTheRestInTheirOrder() {
        List<Class<?>> ordered = ordered(Here.class, Elsewhere.class, AlsoHere.class, AlsoElsewhere.class);

        assertThat(ordered).containsExactly(Elsewhere.class, AlsoElsewhere.class, Here.class, AlsoHere.class);
    }

    @Test
    void putsTheClassesThatWaitOnTimeoutsAfterThoseOnOtherHostsAndBeforeTheRest() {
        List<Class<?>> ordered = ordered(Here.class, Waiting.class, Elsewhere.class, AlsoHere.class);

        assertThat(ordered).containsExactly(Elsewhere.class, Waiting.class, Here.class, AlsoHere.class);
    }

    @Test
    void putsTheCoursesTestsOnOtherHostsBeforeAllTheOthers() {
        List<Class<?>> ordered = ordered(GradingRun.hiddenTestClasses().toArray(Class<?>[]::new));

        long onOtherHosts = ordered.stream().filter(type -> type.isAnnotationPresent(OnOtherHosts.class)).count();
        assertThat(onOtherHosts).isPositive();
        assertThat(ordered.subList(0, (int) onOtherHosts)).allMatch(type -> type.isAnnotationPresent(OnOtherHosts.class));
    }

    private static List<Class<?>> ordered(Class<?>... classes) {
        List<Descriptor> descriptors = new ArrayList<>();
        for (Class<?> type : classes) {
            descriptors.add(new Descriptor(type));
        }
        new LongWaitsFirst().orderClasses(new Context(descriptors));
        return descriptors.stream().<Class<?>>map(Descriptor::getTestClass).toList();
    }

    private static final class Here {
    }

    @OnOtherHosts
    private static final class Elsewhere {
    }

    private static final class AlsoHere {
    }

    @OnOtherHosts
    private static final class AlsoElsewhere {
    }

    @WaitsOnTimeouts
    private static final class Waiting {
    }

    private record Descriptor(Class<?> type) implements ClassDescriptor {
        @Override
        public Class<?> getTestClass() {
            return type;
        }

        @Override
        public String getDisplayName() {
            return type.getSimpleName();
        }

        @Override
        public boolean isAnnotated(Class<? extends Annotation> annotationType) {
            return type.isAnnotationPresent(annotationType);
        }

        @Override
        public <A extends Annotation> Optional<A> findAnnotation(Class<A> annotationType) {
            return Optional.ofNullable(type.getAnnotation(annotationType));
        }

        @Override
        public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> annotationType) {
            return List.of(type.getAnnotationsByType(annotationType));
        }
    }

    private record Context(List<Descriptor> descriptors) implements ClassOrdererContext {
        @Override
        @SuppressWarnings("unchecked")
        public List<? extends ClassDescriptor> getClassDescriptors() {
            return descriptors;
        }

        @Override
        public Optional<String> getConfigurationParameter(String key) {
            return Optional.empty();
        }
    }
}
